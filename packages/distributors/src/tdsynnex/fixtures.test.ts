import { describe, expect, it } from 'vitest'
import {
  fixture,
  fixtureClient as client,
  json,
  REFRESH_TOKEN,
  ACCOUNT,
} from '../testing/tdsynnex/serve-fixtures'
import { REFRESH_TOKEN_DAYS } from './auth'
import { tdsynnexAdapter } from './index'

const NOW = Date.UTC(2026, 2, 1)

describe('TD SYNNEX adapter against the documented fixtures', () => {
  it('spends the refresh token once and keeps the rotated one it was given', async () => {
    const { http, seen, rotation } = client(undefined, () => NOW)
    await tdsynnexAdapter.listCustomers(http)
    await tdsynnexAdapter.listSubscriptions(http)
    const tokens = seen.filter((s) => s.url.pathname === '/oauth/token')
    expect(tokens).toHaveLength(1)
    const form = new URLSearchParams(tokens[0]!.body)
    expect(form.get('grant_type')).toBe('refresh_token')
    expect(form.get('refresh_token')).toBe(REFRESH_TOKEN)
    expect(rotation.secrets.refreshToken).toBe(JSON.parse(fixture('token.json')).refresh_token)
    // token.json gives no lifetime for the refresh token: the assumed one counts from the exchange.
    expect(rotation.expiresAt).toBe(new Date(NOW + REFRESH_TOKEN_DAYS * 86_400_000).toISOString())
    const api = seen.find((s) => s.url.pathname.endsWith('/customers'))!
    expect(api.headers.get('authorization')).toBe('Bearer ion-at-fake-001')
  })

  it('follows the customer page token until it is empty', async () => {
    const { http, seen } = client()
    const listing = await tdsynnexAdapter.listCustomers(http)
    expect(
      seen.filter((s) => s.method === 'GET').map((s) => s.url.searchParams.get('pageToken')),
    ).toEqual([null, 'abc'])
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: 'c-0001',
          name: 'Fabrikam Legal',
          status: 'active',
          domain: 'fabrikam.example',
          address: {
            line1: '12 George St',
            city: 'Sydney',
            region: 'NSW',
            postcode: '2000',
            country: 'AU',
          },
        },
        { externalId: 'c-0002', name: 'Tailspin Startup', status: 'active' },
      ],
    })
  })

  it('lists subscriptions with string statuses, terms, end dates and cost', async () => {
    const { http, seen } = client()
    const listing = await tdsynnexAdapter.listSubscriptions(http)
    const page = seen.find((s) => s.url.pathname.endsWith('/subscriptions'))!
    expect(page.url.pathname).toBe(`/api/v3/accounts/${ACCOUNT}/subscriptions`)
    expect(page.url.searchParams.get('pagination.limit')).toBe('200')
    expect(page.url.searchParams.get('pagination.offset')).toBe('0')
    expect(listing).toStrictEqual({
      complete: true,
      problems: [],
      items: [
        {
          externalId: 's-1',
          customerExternalId: 'c-0001',
          name: 'Microsoft 365 Business Premium',
          status: 'active',
          trial: false,
          quantity: 25,
          sku: 'p-365bp',
          billingCycle: 'annual',
          termMonths: 12,
          contractEndDate: '2025-06-30',
          unitCost: 28.6,
        },
        {
          externalId: 's-2',
          customerExternalId: 'c-0001',
          name: 'Microsoft 365 Business Basic',
          status: 'cancelled',
          trial: false,
          quantity: 0,
          sku: 'p-365bb',
          billingCycle: 'monthly',
          termMonths: 1,
          contractEndDate: '2024-12-31',
          unitCost: 7.8,
        },
      ],
    })
  })

  it('tells the user to generate a new refresh token in the portal when it is refused', async () => {
    const { http } = client((seen) =>
      seen.url.pathname === '/oauth/token'
        ? json('{"error":"invalid_grant","error_description":"token expired"}', 400)
        : undefined,
    )
    await expect(tdsynnexAdapter.testConfiguration(http)).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(
        /refused the refresh token \(400, invalid_grant\).*Settings > API Access/,
      ),
    })
  })

  it('leaves out a subscription with a status it does not know, and says the listing is incomplete', async () => {
    const body = JSON.parse(fixture('subscriptions.json'))
    body.items[1].subscriptionStatus = 'migrating'
    const { http } = client((seen) =>
      seen.url.pathname.endsWith('/subscriptions') ? json(JSON.stringify(body)) : undefined,
    )
    const listing = await tdsynnexAdapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.externalId)).toEqual(['s-1'])
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      expect.stringContaining(
        's-2 ("Microsoft 365 Business Basic") with subscriptionStatus "migrating"',
      ),
    ])
  })

  it('reports Test Configuration with the account and the customers of the first page', async () => {
    const { http } = client()
    const result = await tdsynnexAdapter.testConfiguration(http)
    expect(result.message).toBe(
      `Connected to TD SYNNEX StreamOne Ion account ${ACCOUNT}: 1+ customers.`,
    )
  })
})
