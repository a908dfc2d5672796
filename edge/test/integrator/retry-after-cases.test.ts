import type { FaultConfig, World } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { runIntegrator } from '../../src/integrator/run-integrator'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  comparable,
  deliver,
  enabledConnection,
  job,
  ledgerOf,
  localEnv,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'

const outbound = installOutbound()

const LICENCES = '/arrowsphere/licenses/v2/find'

/**
 * Serves `world` with `faults` and records every answer to page 2 of the licence search, so a test
 * can count the tries that page took.
 */
function servePageTwo(world: World, faults: FaultConfig): number[] {
  const pageTwo: number[] = []
  const { handler } = testSandbox({ world, faults })
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    const response = await handler(request)
    const url = new URL(request.url)
    if (url.pathname === LICENCES && url.searchParams.get('page') === '2')
      pageTwo.push(response.status)
    return response
  })
  return pageTwo
}

/**
 * One cron run of the day with the client's waits recorded instead of slept: no pacing, and a
 * jitter of 0, so any wait that is not 0 is one the distributor asked for.
 */
async function cronRun(id: string, day: string) {
  const waits: number[] = []
  const result = await runIntegrator(localEnv, {
    connectionId: id,
    trigger: 'cron',
    day,
    lease: { key: `${id}:${day}`, holder: `run-${day}`, ttlMs: 60_000, afterSuccess: 'complete' },
    http: { pace: false, random: () => 0, sleep: async (ms) => void waits.push(ms) },
  })
  return { result, waits }
}

// 10 customers and 130 licences: two pages of ArrowSphere's 100.
const world = (seed: number) => smallWorld(seed, 10, 130)

describe('a 429 with Retry-After on page 2 of an integrator run', () => {
  // Checked to fail: with readRetryAfter left out of createDirectHttp's attempt(), every test of
  // this file fails (the waits are the jitter's 0).
  it('waits the seconds Retry-After asks for, tries page 2 twice, and imports both pages', async () => {
    const pageTwo = servePageTwo(world(601), {
      failPage: { page: 2, status: 429, times: 1, retryAfter: '7' },
    })
    const id = await enabledConnection('arrowsphere')
    const { result, waits } = await cronRun(id, '2026-11-21')
    expect(result.outcome, result.message).toBe('applied')
    expect(waits).toEqual([7_000])
    expect(pageTwo).toEqual([429, 200])
    expect(comparable(await snapshot(), id).subscriptions.length).toBeGreaterThan(100)
    expect((await statusOf(id)).lastError).toBeUndefined()
  })

  it('waits until the HTTP date Retry-After names, then imports both pages', async () => {
    // An HTTP date has whole seconds: 10 s from now is a wait of a little over 9 s up to 10 s.
    const at = new Date(Date.now() + 10_000).toUTCString()
    const pageTwo = servePageTwo(world(602), {
      failPage: { page: 2, status: 429, times: 1, retryAfter: at },
    })
    const id = await enabledConnection('arrowsphere')
    const { result, waits } = await cronRun(id, '2026-11-21')
    expect(result.outcome, result.message).toBe('applied')
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(8_000)
    expect(waits[0]).toBeLessThanOrEqual(10_000)
    expect(pageTwo).toEqual([429, 200])
    expect((await statusOf(id)).lastError).toBeUndefined()
  })

  // Checked to fail: without the 30 s cap on a Retry-After (retry-policy.ts), the day asked for
  // overruns the budget at once and the run gives up without the four waits.
  it('on a Retry-After of a day: waits at most 30 s a try, fails after five tries, removes nothing and leaves the retry to the queue', async () => {
    const w = world(603)
    servePageTwo(w, {})
    const id = await enabledConnection('arrowsphere')
    const first = await deliver([{ id: `d1-${id}`, body: job(id, '2026-11-21') }])
    expect(first.explicitAcks).toEqual([`d1-${id}`])
    const before = await snapshot()

    const pageTwo = servePageTwo(w, {
      failPage: { page: 2, status: 429, times: 1_000, retryAfter: '86400' },
    })
    const { result, waits } = await cronRun(id, '2026-11-22')
    expect(result.outcome).toBe('failed')
    // Four waits of the 30 s cap fill the 2-minute budget; the fifth try is the last.
    expect(waits).toEqual([30_000, 30_000, 30_000, 30_000])
    expect(pageTwo).toEqual([429, 429, 429, 429, 429])
    expect(result.retryAfterSeconds).toBe(43_200)
    // Page 1 was read, yet nothing of it was written and nothing is missing or removed.
    expect(await snapshot()).toEqual(before)
    expect((await statusOf(id)).lastError).toMatch(/rate limiting Seatkeeper/)
    expect((await ledgerOf(id))[0]).toMatchObject({ outcome: 'failed', operations: 0 })
  })
})
