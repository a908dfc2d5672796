import { describe, expect, it } from 'vitest'
import { isDistributorError } from '../errors'
import { rhipeAdapter } from './index'
import { jsonResponse, rhipeFixtureClient } from '../testing/rhipe/fixture-client'
import { readRhipeFixture } from '../testing/rhipe/serve-fixtures'

describe('Rhipe Test Configuration', () => {
  it('says how many customers the credentials reach and how many are deactivated', async () => {
    const { http, fetch } = rhipeFixtureClient()
    const result = await rhipeAdapter.testConfiguration(http)
    expect(result.ok).toBe(true)
    expect(result.message).toBe('Connected to Rhipe PRISM: 3 customers (2 active, 1 deactivated).')
    expect(fetch.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'POST /core/connect/token',
      'GET /api/v1/me/customers',
    ])
  })

  it('fails with an auth error that says where the secret is, and never the secret itself', async () => {
    const secret = 'wrong-secret-CANARY-1234'
    const { http } = rhipeFixtureClient(undefined, secret)
    const error = await rhipeAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(isDistributorError(error) && error.kind).toBe('auth')
    expect(String((error as Error).message)).toContain('Manage Client Credentials')
    expect(JSON.stringify(error)).not.toContain(secret)
    expect(String((error as Error).message)).not.toContain(secret)
  })

  it('fails with an auth error carrying PRISM’s own words when the API refuses the token twice', async () => {
    const { http, fetch } = rhipeFixtureClient((call) =>
      call.url.pathname.startsWith('/api/')
        ? jsonResponse(readRhipeFixture('error-401.json'), 401)
        : undefined,
    )
    const error = await rhipeAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(isDistributorError(error) && error.kind).toBe('auth')
    expect((error as Error).message).toContain('Authorization has been denied for this request.')
    // The token is dropped and fetched again once before giving up.
    expect(fetch.calls.filter((c) => c.url.pathname === '/core/connect/token')).toHaveLength(2)
  })

  it('fails as unavailable, naming the call, when PRISM keeps answering 503', async () => {
    const { http } = rhipeFixtureClient((call) =>
      call.url.pathname === '/api/v1/me/customers'
        ? jsonResponse({ Message: 'Service Unavailable' }, 503)
        : undefined,
    )
    const error = await rhipeAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(isDistributorError(error) && error.kind).toBe('unavailable')
    expect(isDistributorError(error) && error.call).toBe('GET /api/v1/me/customers')
  })
})
