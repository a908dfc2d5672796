import { describe, expect, it, vi } from 'vitest'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import {
  createConnection,
  deliver,
  enabledConnection,
  job,
  ledgerOf,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'

const outbound = installOutbound()

describe('POST /api/connections/:id/sync', () => {
  it('POST /api/connections/:id/sync runs the integrator and answers the outcome and the run', async () => {
    serveWorld(outbound, smallWorld(401))
    const id = await createConnection('rhipe')
    const answer = await api('POST', `/api/connections/${id}/sync`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      outcome: 'applied',
      runId: expect.any(String),
      message: expect.stringMatching(/subscriptions created/),
    })
    const runs = await runsOf(id)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({
      id: answer.body.runId,
      kind: 'sync',
      trigger: 'sync-now',
      actor: 'integrator',
    })
    expect((await statusOf(id)).lastRunId).toBe(answer.body.runId)
  })

  it('POST /api/connections/:id/sync answers no-changes for an unchanged distributor and writes nothing', async () => {
    serveWorld(outbound, smallWorld(402))
    const id = await createConnection('rhipe')
    expect((await api('POST', `/api/connections/${id}/sync`)).body.outcome).toBe('applied')
    const before = await snapshot()
    // Pressed again at once: Sync now's lease is freed after each run, never "done for today".
    const again = await api('POST', `/api/connections/${id}/sync`)
    expect(again.body).toEqual({
      outcome: 'no-changes',
      message: expect.stringMatching(/^Nothing changed/),
    })
    expect((await snapshot()).version).toBe(before.version)
    expect(await runsOf(id)).toHaveLength(1)
  })

  it('POST /api/connections/:id/sync logs in once for consecutive runs of a connection', async () => {
    serveWorld(outbound, smallWorld(406))
    const id = await createConnection('rhipe')
    await api('POST', `/api/connections/${id}/sync`)
    await api('POST', `/api/connections/${id}/sync`)
    expect(outbound.requests.filter((r) => r.url.endsWith('/connect/token'))).toHaveLength(1)
  })

  it('POST /api/connections/:id/sync answers busy to a second press while the first still runs', async () => {
    serveWorld(outbound, smallWorld(403), { latencyMs: 150 })
    const id = await createConnection('rhipe')
    const [first, second] = await Promise.all([
      api('POST', `/api/connections/${id}/sync`),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        api('POST', `/api/connections/${id}/sync`),
      ),
    ])
    expect(first.body.outcome).toBe('applied')
    expect(second.status).toBe(200)
    expect(second.body).toEqual({
      outcome: 'busy',
      message: expect.stringMatching(/already running/),
    })
    expect(await runsOf(id)).toHaveLength(1)
  })

  it("POST /api/connections/:id/sync runs after the day's cron sync, which does not block it", async () => {
    serveWorld(outbound, smallWorld(404))
    const id = await enabledConnection('rhipe')
    await deliver([{ id: `cron-${id}`, body: job(id) }])
    const answer = await api('POST', `/api/connections/${id}/sync`)
    expect(answer.body.outcome).toBe('no-changes')
  })

  it('POST /api/connections/:id/sync answers 404 for an unknown connection and records nothing', async () => {
    const answer = await api('POST', '/api/connections/no-such-connection/sync')
    expect(answer.status).toBe(404)
    expect(answer.body.error.message).toMatch(/There is no connection "no-such-connection"/)
    expect(outbound.requests).toEqual([])
    const list = await api('GET', '/api/connections')
    expect(JSON.stringify(list.body)).not.toContain('no-such-connection')
  })

  it('POST /api/connections/:id/sync answers failed with the reason when the distributor is down', async () => {
    serveWorld(outbound, smallWorld(405), { failPage: { page: 1, status: 503, times: 1_000 } })
    const id = await createConnection('arrowsphere')
    // No backoff jitter, so the retries do not wait.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0)
    const answer = await api('POST', `/api/connections/${id}/sync`).finally(() =>
      random.mockRestore(),
    )
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      outcome: 'failed',
      message: expect.stringMatching(/distributor is unavailable/),
    })
    expect((await statusOf(id)).lastError).toBe(answer.body.message)
  })

  it('POST /api/connections/:id/sync leaves every run in the ledger with its outcome and duration', async () => {
    serveWorld(outbound, smallWorld(407))
    const id = await createConnection('rhipe')
    await api('POST', `/api/connections/${id}/sync`)
    await api('POST', `/api/connections/${id}/sync`)
    serveWorld(outbound, smallWorld(407), { failPage: { page: 1, status: 401, times: 1_000 } })
    const failed = await api('POST', `/api/connections/${id}/sync`)
    expect(failed.body.outcome).toBe('failed')
    const ledger = await ledgerOf(id)
    expect(ledger.map((r) => r.outcome)).toEqual(['failed', 'unchanged', 'changed'])
    expect(ledger[0]).toMatchObject({
      kind: 'sync',
      trigger: 'sync-now',
      operations: 0,
      reason: failed.body.message,
    })
    expect(ledger[1]).toMatchObject({ operations: 0, version: ledger[2].version })
    for (const run of ledger)
      expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt))
  })
})
