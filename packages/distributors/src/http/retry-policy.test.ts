import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { createRetryPolicy, type Attempt, type RetryOptions } from './retry-policy'

const answer = (status: number, retryAfterMs?: number): Attempt => ({
  response: { status, headers: new Headers(), text: '' },
  ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
})

function policy(options: RetryOptions, random = () => 1) {
  const waits: number[] = []
  const p = createRetryPolicy({ options, random, sleep: async (ms) => void waits.push(ms) })
  return { p, waits }
}

describe('createRetryPolicy', () => {
  it('backs off exponentially with full jitter up to maxDelayMs', async () => {
    const { p, waits } = policy(
      { baseDelayMs: 100, maxDelayMs: 500, maxAttempts: 5, budgetMs: 10_000 },
      () => 0.5,
    )
    const { response } = await p.run(true, async () => answer(503))
    expect(response.status).toBe(503)
    expect(waits).toEqual([50, 100, 200, 250])
  })

  it('shares one waiting budget across every call of the client', async () => {
    const { p, waits } = policy({ baseDelayMs: 1000, maxAttempts: 10, budgetMs: 1500 })
    await p.run(true, async () => answer(503))
    const second = await p.run(true, async () => answer(503))
    // The first call waits 1000 and stops (1000 + 2000 would overrun 1500); the second call
    // finds only 500 left, less than its first wait, so it stops at once.
    expect(waits).toEqual([1000])
    expect(second.retryAfterMs).toBe(2000)
  })

  it('never repeats a non-idempotent call that reached the distributor', async () => {
    const { p } = policy({})
    let tries = 0
    const network = new DistributorError({
      kind: 'unavailable',
      distributor: 'x',
      call: 'POST /o',
      message: 'down',
    })
    await expect(p.run(false, async () => (tries++, { error: network, sent: true }))).rejects.toBe(
      network,
    )
    expect(tries).toBe(1)
  })

  it('repeats a non-idempotent call whose login failed before it was sent', async () => {
    const { p } = policy({ baseDelayMs: 1 })
    let tries = 0
    const down = new DistributorError({
      kind: 'unavailable',
      distributor: 'x',
      call: 'POST /o',
      message: 'down',
    })
    const { response } = await p.run(false, async () =>
      ++tries < 3 ? { error: down, sent: false } : answer(200),
    )
    expect(response.status).toBe(200)
    expect(tries).toBe(3)
  })

  it('does not retry statuses that will not pass by waiting', async () => {
    const { p } = policy({})
    for (const status of [400, 401, 403, 404, 409, 501]) {
      let tries = 0
      await p.run(true, async () => (tries++, answer(status)))
      expect(tries).toBe(1)
    }
  })
})
