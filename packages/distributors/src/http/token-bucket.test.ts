import { describe, expect, it } from 'vitest'
import { createTokenBucket } from './token-bucket'

describe('createTokenBucket', () => {
  it('lets a burst through, then spaces calls at the rate, refilling while idle', async () => {
    let t = 0
    const bucket = createTokenBucket({
      requestsPerSecond: 4,
      burst: 2,
      now: () => t,
      sleep: async (ms) => void (t += ms),
    })
    const waits = []
    for (let i = 0; i < 4; i++) waits.push(await bucket.take())
    expect(waits).toEqual([0, 0, 250, 250])
    t += 1000
    expect(await bucket.take()).toBe(0)
  })

  it('gives callers arriving together successive slots', async () => {
    const bucket = createTokenBucket({
      requestsPerSecond: 10,
      burst: 1,
      now: () => 0,
      sleep: async () => {},
    })
    expect(await Promise.all([bucket.take(), bucket.take(), bucket.take()])).toEqual([0, 100, 200])
  })
})
