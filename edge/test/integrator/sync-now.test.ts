import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { registerStub } from '../../src/register/register-stub'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import {
  createConnection,
  deliver,
  enabledConnection,
  job,
  localEnv,
  ledgerOf,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'
import { backgroundSyncs, latestSyncNow, serveHangingWorld, syncNow } from './sync-now-harness'

const outbound = installOutbound()

describe('POST /api/connections/:id/sync', () => {
  it('POST /api/connections/:id/sync answers at once while the distributor has not answered, then finishes in the background and is in Runs', async () => {
    const distributor = serveHangingWorld(outbound, smallWorld(401))
    const id = await createConnection('rhipe')
    const queue = backgroundSyncs()
    const pressed = await api('POST', `/api/connections/${id}/sync`, {}, queue.bindings)
    expect(pressed.status).toBe(202)
    expect(pressed.body).toEqual({
      id: expect.any(String),
      state: 'running',
      startedAt: expect.any(String),
      requests: 0,
    })
    // The background run has sent its first request and waits for the answer.
    await vi.waitFor(async () =>
      expect(await latestSyncNow(id, queue)).toMatchObject({ state: 'running', requests: 1 }),
    )
    expect(await runsOf(id)).toEqual([])

    distributor.release()
    await queue.idle()
    const ended = await latestSyncNow(id, queue)
    expect(ended).toEqual({
      id: pressed.body.id,
      state: 'finished',
      startedAt: pressed.body.startedAt,
      finishedAt: expect.any(String),
      outcome: 'applied',
      runId: expect.any(String),
      message: expect.stringMatching(/subscriptions created/),
    })
    const runs = await runsOf(id)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({
      id: ended?.state === 'finished' && ended.runId,
      kind: 'sync',
      trigger: 'sync-now',
      actor: 'integrator',
    })
    expect((await statusOf(id)).lastRunId).toBe(runs[0].id)
  })

  it('POST /api/connections/:id/sync answers a second press while the first runs with the running sync, and runs once', async () => {
    const distributor = serveHangingWorld(outbound, smallWorld(403))
    const id = await createConnection('rhipe')
    const queue = backgroundSyncs()
    const first = await api('POST', `/api/connections/${id}/sync`, {}, queue.bindings)
    const second = await api('POST', `/api/connections/${id}/sync`, {}, queue.bindings)
    expect(second.status).toBe(202)
    expect(second.body).toMatchObject({ id: first.body.id, state: 'running' })
    expect(queue.sent()).toBe(1)
    distributor.release()
    await queue.idle()
    expect(await latestSyncNow(id, queue)).toMatchObject({
      id: first.body.id,
      state: 'finished',
      outcome: 'applied',
    })
    expect(await runsOf(id)).toHaveLength(1)
  })

  it('POST /api/connections/:id/sync finishes with no-changes for an unchanged distributor and writes nothing', async () => {
    serveWorld(outbound, smallWorld(402))
    const id = await createConnection('rhipe')
    const queue = backgroundSyncs()
    expect(await syncNow(id, queue)).toMatchObject({ state: 'finished', outcome: 'applied' })
    const before = await snapshot()
    // Pressed again at once: Sync now's lease is freed after each run, never "done for today".
    const again = await syncNow(id, queue)
    expect(again).toMatchObject({
      state: 'finished',
      outcome: 'no-changes',
      message: expect.stringMatching(/^Nothing changed/),
    })
    expect(again).not.toHaveProperty('runId')
    expect((await snapshot()).version).toBe(before.version)
    expect(await runsOf(id)).toHaveLength(1)
  })

  it('POST /api/connections/:id/sync logs in once for consecutive runs of a connection', async () => {
    serveWorld(outbound, smallWorld(406))
    const id = await createConnection('rhipe')
    const queue = backgroundSyncs()
    await syncNow(id, queue)
    await syncNow(id, queue)
    expect(outbound.requests.filter((r) => r.url.endsWith('/connect/token'))).toHaveLength(1)
  })

  it("POST /api/connections/:id/sync runs after the day's cron sync, which does not block it", async () => {
    serveWorld(outbound, smallWorld(404))
    const id = await enabledConnection('rhipe')
    await deliver([{ id: `cron-${id}`, body: job(id) }])
    expect(await syncNow(id, backgroundSyncs())).toMatchObject({ outcome: 'no-changes' })
  })

  it('POST /api/connections/:id/sync answers 404 for an unknown connection and records nothing', async () => {
    const queue = backgroundSyncs()
    const answer = await api('POST', '/api/connections/no-such-connection/sync', {}, queue.bindings)
    expect(answer.status).toBe(404)
    expect(answer.body.error.message).toMatch(/There is no connection "no-such-connection"/)
    expect(queue.sent()).toBe(0)
    expect(outbound.requests).toEqual([])
    const read = await api('GET', '/api/connections/no-such-connection/sync')
    expect(read.status).toBe(404)
    const list = await api('GET', '/api/connections')
    expect(JSON.stringify(list.body)).not.toContain('no-such-connection')
    expect(await registerStub(env).readSyncNow('no-such-connection')).toBeNull()
  })

  it('POST /api/connections/:id/sync fails in the background with the reason when the distributor is down', async () => {
    serveWorld(outbound, smallWorld(405), { failPage: { page: 1, status: 503, times: 1_000 } })
    const id = await createConnection('arrowsphere')
    // No backoff jitter, so the retries do not wait.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0)
    const ended = await syncNow(id, backgroundSyncs()).finally(() => random.mockRestore())
    expect(ended).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/distributor is unavailable/),
    })
    expect((await statusOf(id)).lastError).toBe(ended.message)
    expect((await ledgerOf(id))[0]).toMatchObject({ outcome: 'failed', reason: ended.message })
  })

  it('POST /api/connections/:id/sync leaves every run in the ledger with its outcome and duration', async () => {
    serveWorld(outbound, smallWorld(407))
    const id = await createConnection('rhipe')
    const queue = backgroundSyncs()
    await syncNow(id, queue)
    await syncNow(id, queue)
    serveWorld(outbound, smallWorld(407), { failPage: { page: 1, status: 401, times: 1_000 } })
    const failed = await syncNow(id, queue)
    expect(failed.state).toBe('failed')
    const ledger = await ledgerOf(id)
    expect(ledger.map((r) => r.outcome)).toEqual(['failed', 'unchanged', 'changed'])
    expect(ledger[0]).toMatchObject({
      kind: 'sync',
      trigger: 'sync-now',
      operations: 0,
      reason: failed.message,
    })
    expect(ledger[1]).toMatchObject({ operations: 0, version: ledger[2].version })
    for (const run of ledger)
      expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt))
  })
})

describe('GET /api/connections/:id/sync', () => {
  it('GET /api/connections/:id/sync reads a Sync now as running until its outcome is kept, never as a dead run', async () => {
    serveWorld(outbound, smallWorld(409))
    const id = await createConnection('rhipe')
    // What a poll would read at the last moment before the outcome is written.
    const seenBeforeFinish: unknown[] = []
    const watched = registerCalls('finishSyncNow', async () =>
      seenBeforeFinish.push(await latestSyncNow(id, backgroundSyncs())),
    )
    const ended = await syncNow(id, backgroundSyncs(watched))
    expect(ended).toMatchObject({ state: 'finished', outcome: 'applied' })
    expect(seenBeforeFinish).toEqual([expect.objectContaining({ state: 'running' })])
  })

  it('GET /api/connections/:id/sync answers null before the first Sync now', async () => {
    const id = await createConnection('rhipe')
    expect(await latestSyncNow(id, backgroundSyncs())).toBeNull()
  })

  it('GET /api/connections/:id/sync reads a Sync now whose run died as failed, and the next press starts afresh', async () => {
    serveWorld(outbound, smallWorld(408))
    const id = await createConnection('rhipe')
    // A Sync now started with a lease that lapses at once and no run behind it: a crashed worker.
    await registerStub(env).startSyncNow(id, 'crashed-run', 1)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const queue = backgroundSyncs()
    expect(await latestSyncNow(id, queue)).toMatchObject({
      id: 'crashed-run',
      state: 'failed',
      message: expect.stringMatching(/stopped before it could report its result.*Sync now/),
    })
    const ended = await syncNow(id, queue)
    expect(ended).toMatchObject({ state: 'finished', outcome: 'applied' })
    expect(ended.id).not.toBe('crashed-run')
  })
})

/** Bindings whose register stub runs `before` ahead of each call of `method`. */
function registerCalls(method: string, before: () => Promise<unknown>): Env {
  const namespace = {
    idFromName: (name: string) => env.REGISTER.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = env.REGISTER.get(id) as unknown as Record<string, (...a: unknown[]) => unknown>
      return new Proxy(stub, {
        get:
          (target, prop) =>
          async (...args: unknown[]) => {
            if (prop === method) await before()
            return target[prop as string]!(...args)
          },
      })
    },
  }
  return { ...localEnv, REGISTER: namespace as unknown as Env['REGISTER'] }
}
