import { describe, expect, it } from 'vitest'
import { errorForStatus, kindForStatus } from './error-for-status'

const site = { distributor: 'sherweb', label: 'Sherweb', call: 'GET /customers' }

describe('errorForStatus', () => {
  it('maps each status to one kind', () => {
    expect([401, 403, 404, 429, 400, 409, 422, 302, 500, 503].map(kindForStatus)).toEqual([
      'auth',
      'forbidden',
      'not-found',
      'rate-limited',
      'request',
      'request',
      'request',
      'request',
      'unavailable',
      'unavailable',
    ])
  })

  it('says what happened, where, and what to do, using the adapter’s hint', () => {
    const error = errorForStatus({
      ...site,
      status: 401,
      hints: { auth: 'Check the secret under Security > APIs in Cumulus.' },
    })
    expect(error.message).toBe(
      'Sherweb rejected the credentials (401) on GET /customers. Check the secret under Security > APIs in Cumulus.',
    )
  })

  it('falls back to a generic next step and appends the distributor’s own detail', () => {
    const error = errorForStatus({
      ...site,
      status: 429,
      retryAfterMs: 30_000,
      detail: 'Try again in 30 seconds',
    })
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 30_000 })
    expect(error.message).toMatch(
      /^Sherweb asked us to slow down \(429\) on GET \/customers\. It asked to wait 30 s\. Wait .+ Sherweb said: "Try again in 30 seconds"$/,
    )
  })
})
