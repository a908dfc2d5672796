import { describe, expect, it } from 'vitest'
import { failure } from '../testing/failure'
import { fixtureClient as client, fixture, json, SECRET } from '../testing/pax8/serve-fixtures'
import { pax8Adapter } from './index'

describe('Pax8 adapter against the documented error answers', () => {
  it('reports a refused client as an auth error saying where the credentials are, without the secret', async () => {
    const { http } = client((call) =>
      call.url.pathname === '/v1/token' ? json(fixture('token-error-401.json'), 401) : undefined,
    )
    const error = await failure(pax8Adapter.testConfiguration(http))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('Pax8 rejected the client credentials (401')
    expect(error.message).toContain('Integrations > API Credentials')
    expect(error.message).not.toContain(SECRET)
  })

  it('reports a refused companyId as forbidden with Pax8’s own words', async () => {
    const { http } = client()
    const error = await failure(
      pax8Adapter.listSubscriptions(http, '00000000-0000-0000-0000-000000000000'),
    )
    expect(error.kind).toBe('forbidden')
    expect(error.message).toContain('Invalid companyId')
    expect(error.message).toContain('is not accessible')
  })

  it('retries a 429 without Retry-After (Pax8 documents none) and then completes', async () => {
    let refused = false
    const { http, sleeps } = client((call) => {
      if (call.url.pathname === '/v1/companies' && !refused) {
        refused = true
        return json(
          JSON.stringify({ type: 'TooManyRequests', message: 'Rate limit exceeded', status: 429 }),
          429,
        )
      }
      return undefined
    })
    const listing = await pax8Adapter.listCustomers(http)
    expect(listing.items).toHaveLength(4)
    expect(sleeps.length).toBeGreaterThan(0)
  })

  it('logs in again once when the API refuses the token, then reports auth', async () => {
    const { http, seen } = client((call) =>
      call.url.pathname === '/v1/companies'
        ? json(JSON.stringify({ type: 'Unauthorized', message: 'Unauthorized', status: 401 }), 401)
        : undefined,
    )
    const error = await failure(pax8Adapter.listCustomers(http))
    expect(error.kind).toBe('auth')
    expect(seen.filter((s) => s.url.pathname === '/v1/token')).toHaveLength(2)
  })
})
