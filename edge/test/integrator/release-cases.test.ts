import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { runIntegrator } from '../../src/integrator/run-integrator'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  comparable,
  deliver,
  enabledConnection,
  cleanRun,
  job,
  ledgerOf,
  localEnv,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'

const outbound = installOutbound()

let random: MockInstance | undefined
afterEach(() => {
  random?.mockRestore()
  random = undefined
})

describe('integrator release cases', () => {
  it('fails a run against a distributor that never answers within the upstream deadline, and writes nothing', async () => {
    // Backoff without waiting.
    random = vi.spyOn(Math, 'random').mockReturnValue(0)
    serveWorld(outbound, smallWorld(501), { latencyMs: 60_000 })
    const id = await enabledConnection('rhipe')
    const before = await snapshot()
    const result = await runIntegrator(localEnv, {
      connectionId: id,
      trigger: 'sync-now',
      lease: { key: `${id}:now`, holder: 'hang', ttlMs: 60_000, afterSuccess: 'release' },
      // Scaled down from 30 s per call and 60 s per chain; five tries of 30 s would be 150 s here.
      http: { timeoutMs: 400 },
      upstreamDeadlineMs: 1_000,
    })
    expect(result.outcome).toBe('failed')
    // The deadline's own words: five tries of 400 ms alone would end in the client's "did not
    // answer within" instead (no timed assertion: the message says which limit stopped the run).
    expect(result.message).toMatch(/Rhipe gave no answer for 1 s, so the run stopped/)
    expect((await statusOf(id)).lastError).toBe(result.message)
    expect((await snapshot()).version).toBe(before.version)
    expect((await ledgerOf(id))[0]).toMatchObject({ outcome: 'failed', operations: 0 })
  })

  it('writes once when two cron deliveries for one connection and day run at the same time', async () => {
    const world = smallWorld(502)
    serveWorld(outbound, world, { latencyMs: 50 })
    const id = await enabledConnection('rhipe')
    const before = await snapshot()
    const expected = await cleanRun(id, before)
    const [first, second] = await Promise.all([
      deliver([{ id: `a-${id}`, body: job(id) }]),
      deliver([{ id: `b-${id}`, body: job(id) }]),
    ])
    // Both acked: the one that lost the lease had nothing to do.
    expect([...first.explicitAcks, ...second.explicitAcks].sort()).toEqual([`a-${id}`, `b-${id}`])
    expect(await runsOf(id)).toHaveLength(1)
    // The lease, not only the register's version check, kept the second delivery out: it listed
    // nothing and left no run of its own (checked to fail with the lease check skipped in
    // run-integrator.ts: the second run lists again and notes an "unchanged" run).
    expect(await ledgerOf(id)).toHaveLength(1)
    expect(comparable(await snapshot(), id)).toEqual(comparable(expected, id))
  })

  it('fails the run and writes nothing when page 3 of 10 answers 503 after pages 1 and 2 came back', async () => {
    random = vi.spyOn(Math, 'random').mockReturnValue(0)
    // 10 customers and 1,000 licences: ArrowSphere's 100 a page makes ten pages of licences.
    const world = smallWorld(503, 10, 1_000)
    const served: Array<{ path: string; status: number }> = []
    const { handler } = testSandbox({
      world,
      faults: { failPage: { page: 3, status: 503, times: 1_000 } },
    })
    outbound.serve(SANDBOX_ORIGIN, async (request) => {
      const response = await handler(request)
      served.push({ path: new URL(request.url).pathname, status: response.status })
      return response
    })
    const id = await enabledConnection('arrowsphere')
    const before = await snapshot()
    const result = await deliver([{ id: `p3-${id}`, body: job(id) }])
    expect(result.retryMessages.map((m) => m.msgId)).toEqual([`p3-${id}`])
    const firstFailure = served.findIndex((s) => s.status === 503)
    expect(
      served.slice(0, firstFailure).filter((s) => s.status === 200).length,
    ).toBeGreaterThanOrEqual(2)
    expect((await snapshot()).version).toBe(before.version)
    expect((await statusOf(id)).lastError).toMatch(/distributor is unavailable.*\(503\)/)
  })

  it('fails on a Retry-After of a day without waiting a day, removes nothing and has the queue retry as late as it may', async () => {
    const world = smallWorld(504)
    serveWorld(outbound, world)
    const id = await enabledConnection('rhipe')
    await deliver([{ id: `ok-${id}`, body: job(id, '2026-11-21') }])
    const before = await snapshot()
    serveWorld(outbound, world, {
      rateLimit: { requestsPerSecond: 0.001, burst: 1, retryAfterSeconds: 86_400 },
    })
    // The client's waits, recorded instead of slept.
    const waits: number[] = []
    const result = await runIntegrator(localEnv, {
      connectionId: id,
      trigger: 'cron',
      day: '2026-11-22',
      lease: { key: `${id}:2026-11-22`, holder: 'day', ttlMs: 60_000, afterSuccess: 'complete' },
      http: { pace: false, sleep: async (ms) => void waits.push(ms) },
    })
    expect(result.outcome).toBe('failed')
    // Each wait capped at 30 s, within the 2-minute budget, then the run gives up.
    expect(waits.length).toBeGreaterThan(0)
    expect(Math.max(...waits)).toBeLessThanOrEqual(30_000)
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120_000)
    // The queue's longest delay is 12 h; the day asked for is clamped to it.
    expect(result.retryAfterSeconds).toBe(43_200)
    expect(await snapshot()).toEqual(before)
    expect((await statusOf(id)).lastError).toMatch(/rate limiting Seatkeeper/)
  })

  it('writes nothing when the distributor answers a record of the wrong shape, and the last error names the distributor, the call and the field', async () => {
    const world = smallWorld(505)
    serveWorld(outbound, world)
    const id = await enabledConnection('rhipe')
    await deliver([{ id: `ok-${id}`, body: job(id, '2026-11-21') }])
    const before = await snapshot()
    const { handler } = testSandbox({ world })
    outbound.serve(SANDBOX_ORIGIN, async (request) => {
      const response = await handler(request)
      if (!new URL(request.url).pathname.endsWith('/tenants')) return response
      const tenants = (await response.json()) as Array<Record<string, unknown>>
      if (tenants[0]) tenants[0].Subscriptions = 'lots'
      return Response.json(tenants)
    })
    const result = await deliver([{ id: `bad-${id}`, body: job(id, '2026-11-22') }])
    // The same answer would come again: not retried; the user reports it.
    expect(result.explicitAcks).toEqual([`bad-${id}`])
    expect(await snapshot()).toEqual(before)
    expect((await statusOf(id)).lastError).toMatch(
      /Rhipe answered GET \/api\/v2\/contractagreements\/\{id\}\/tenants with data we cannot read: \S*Subscriptions/,
    )
  })
})
