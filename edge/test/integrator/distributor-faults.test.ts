import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  comparable,
  deliver,
  enabledConnection,
  job,
  runsOf,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'
import type { FaultConfig, World } from '@seatkeeper/sandbox'

const outbound = installOutbound()

// Backoff without waiting: the retry policy draws its jitter from Math.random. (Not
// vi.restoreAllMocks: that would also put back the real fetch installOutbound replaced.)
let random: MockInstance | undefined
function noJitter(): void {
  random = vi.spyOn(Math, 'random').mockReturnValue(0)
}
afterEach(() => {
  random?.mockRestore()
  random = undefined
})

/** Serves the world with faults and counts the statuses the simulators answered. */
function serveCounting(world: World, faults: FaultConfig): number[] {
  const statuses: number[] = []
  const { handler } = testSandbox({ world, faults })
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    const response = await handler(request)
    statuses.push(response.status)
    return response
  })
  return statuses
}

describe('a distributor having a bad night', () => {
  it('waits out a 429 with Retry-After and the run succeeds', async () => {
    const statuses = serveCounting(smallWorld(201), {
      rateLimit: { requestsPerSecond: 2, burst: 2, retryAfterSeconds: 1 },
    })
    const id = await enabledConnection('rhipe')
    const result = await deliver([{ id: `rl-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`rl-${id}`])
    expect(statuses).toContain(429)
    expect(await runsOf(id)).toHaveLength(1)
    expect((await statusOf(id)).lastError).toBeUndefined()
  }, 30_000)

  it('retries a 5xx on page 2 of a paged listing and the run imports every page', async () => {
    noJitter()
    // 130 licences: two pages of ArrowSphere's 100.
    const world = smallWorld(202, 10, 130)
    const statuses = serveCounting(world, { failPage: { page: 2, status: 503, times: 1 } })
    const id = await enabledConnection('arrowsphere')
    const result = await deliver([{ id: `p2-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`p2-${id}`])
    expect(statuses).toContain(503)
    expect(comparable(await snapshot(), id).subscriptions.length).toBeGreaterThan(100)
    expect((await statusOf(id)).lastError).toBeUndefined()
  })

  it('changes nothing while the distributor stays down, says so, and asks the queue to retry', async () => {
    noJitter()
    const id = await enabledConnection('arrowsphere')
    const before = await snapshot()
    serveCounting(smallWorld(203), { failPage: { page: 1, status: 503, times: 1_000 } })
    const result = await deliver([{ id: `down-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([])
    expect(result.retryMessages.map((m) => m.msgId)).toEqual([`down-${id}`])
    expect((await snapshot()).version).toBe(before.version)
    expect(await runsOf(id)).toHaveLength(0)
    const status = await statusOf(id)
    expect(status.lastError).toMatch(/distributor is unavailable/)
    expect(status.lastSyncAt).toBeTruthy()

    // Back up: the queue's retry of the same message runs today's sync after all.
    serveCounting(smallWorld(203), {})
    const retried = await deliver([{ id: `down-${id}`, body: job(id), attempts: 2 }])
    expect(retried.explicitAcks).toEqual([`down-${id}`])
    expect(await runsOf(id)).toHaveLength(1)
    expect((await statusOf(id)).lastError).toBeUndefined()
  })

  it('does not retry refused credentials, and records why', async () => {
    noJitter()
    const id = await enabledConnection('rhipe')
    outbound.serve(
      SANDBOX_ORIGIN,
      () =>
        new Response('{"error":"invalid_client"}', {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    )
    const result = await deliver([{ id: `auth-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`auth-${id}`])
    expect(result.retryMessages).toEqual([])
    expect((await statusOf(id)).lastError).toMatch(/Nothing was changed/)
  })
})
