import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import {
  fixtureClient as client,
  fixture,
  json,
  KEY,
  SECRET,
} from '../testing/sherweb/serve-fixtures'
import { sherwebAdapter } from './index'

describe('Sherweb adapter against the documented error answers', () => {
  it('waits the "Try again in N seconds" of a 429 body and then completes', async () => {
    let refused = false
    const { http, sleeps } = client((call) => {
      if (call.url.pathname.endsWith('/customers') && !refused) {
        refused = true
        return json(fixture('error-429.json'), 429)
      }
      return undefined
    })
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing.items).toHaveLength(3)
    expect(sleeps).toContain(12_000)
  })

  it('reports a refused client secret as an auth error with the Cumulus hint and without the secret', async () => {
    const { http } = client((call) =>
      call.url.pathname.endsWith('/token') ? json(fixture('token-error.json'), 400) : undefined,
    )
    const error = await sherwebAdapter.testConfiguration(http).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect((error as DistributorError).kind).toBe('auth')
    expect((error as DistributorError).message).toContain('Security > APIs')
    expect((error as DistributorError).message).toContain('invalid_client')
    expect((error as DistributorError).message).not.toContain(SECRET)
    expect((error as DistributorError).message).not.toContain(KEY)
  })

  it('logs in again once on a 401 and then reports auth with Sherweb\u2019s own words', async () => {
    const { http, seen } = client((call) =>
      call.url.pathname.endsWith('/customers') ? json(fixture('error-401.json'), 401) : undefined,
    )
    const error = (await sherwebAdapter
      .listCustomers(http)
      .catch((e: unknown) => e)) as DistributorError
    expect(error.kind).toBe('auth')
    expect(error.message).toContain(
      'Access denied due to missing subscription key or invalid token.',
    )
    expect(seen.filter((s) => s.url.pathname.endsWith('/token'))).toHaveLength(2)
  })

  it('proves the credentials with the customer list and names the account and the count', async () => {
    const { http } = client()
    const result = await sherwebAdapter.testConfiguration(http)
    expect(result).toStrictEqual({
      ok: true,
      message: 'Connected to Sherweb as Contoso MSP: 3 customers (1 suspended).',
      details: { customers: '3', suspended: '1', serviceProvider: 'Contoso MSP' },
    })
  })

  it('stops with a contract error naming the call and field when a customer lacks displayName', async () => {
    const broken = JSON.parse(fixture('customers.json')) as {
      items: Array<Record<string, unknown>>
    }
    delete broken.items[1]?.displayName
    const { http } = client((call) =>
      call.url.pathname.endsWith('/customers') ? json(JSON.stringify(broken)) : undefined,
    )
    const error = (await sherwebAdapter
      .listCustomers(http)
      .catch((e: unknown) => e)) as DistributorError
    expect(error).toBeInstanceOf(DistributorError)
    expect(error.kind).toBe('contract')
    expect(error.distributor).toBe('sherweb')
    expect(error.call).toBe('GET /service-provider/v1/customers')
    expect(error.field).toBe('items[1].displayName')
    expect(error.message).toContain('items[1].displayName')
  })

  it('stops with a contract error when a subscription lacks its quantity', async () => {
    const broken = JSON.parse(fixture('subscriptions-customer-a.json')) as {
      items: Array<Record<string, unknown>>
    }
    delete broken.items[2]?.quantity
    const { http } = client((call) =>
      call.url.pathname.endsWith('/subscriptions') ? json(JSON.stringify(broken)) : undefined,
    )
    const error = (await sherwebAdapter
      .listSubscriptions(http)
      .catch((e: unknown) => e)) as DistributorError
    expect(error.kind).toBe('contract')
    expect(error.call).toBe('GET /service-provider/v1/billing/subscriptions')
    expect(error.field).toBe('items[2].quantity')
  })
})
