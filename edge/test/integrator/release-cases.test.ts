import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { runIntegrator } from '../../src/integrator/run-integrator'
import { installOutbound } from '../support/outbound'
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
    // Backoff without waiting, so the time measured is the deadline's.
    random = vi.spyOn(Math, 'random').mockReturnValue(0)
    serveWorld(outbound, smallWorld(501), { latencyMs: 60_000 })
    const id = await enabledConnection('rhipe')
    const before = await snapshot()
    const started = Date.now()
    const result = await runIntegrator(localEnv, {
      connectionId: id,
      trigger: 'sync-now',
      lease: { key: `${id}:now`, holder: 'hang', ttlMs: 60_000, afterSuccess: 'release' },
      // Scaled down from 30 s per call and 60 s per chain; five tries of 30 s would be 150 s here.
      http: { timeoutMs: 400 },
      upstreamDeadlineMs: 1_000,
    })
    const tookMs = Date.now() - started
    expect(result.outcome).toBe('failed')
    expect(tookMs).toBeLessThan(3_000)
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
    expect(comparable(await snapshot(), id)).toEqual(comparable(expected, id))
  })
})
