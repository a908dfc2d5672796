import { describe, expect, it } from 'vitest'
import { createDirectHttp } from '../http/create-direct-http'
import { FIXTURE_CREDENTIALS, serveDickerDataFixtures } from '../testing/dickerdata/serve-fixtures'
import { dickerdataAdapter } from './index'

// Payloads in the shapes real Dicker Data answers take (threepointnz DickerAPI.php samples and
// stock codes seen in partner data): stock-code trailers that are not numbers, references cut at
// 30 characters, tenant ids in either case, nullable members null, members the adapter ignores.
type Json = Record<string, any>

function connect(override?: (file: string, json: Json) => unknown) {
  return createDirectHttp({
    adapter: dickerdataAdapter,
    credentials: FIXTURE_CREDENTIALS,
    fetch: serveDickerDataFixtures(override ? { override } : {}).fetch,
    cacheKey: 'conn-dd-shapes',
    sleep: async () => {},
    random: () => 0,
    pace: false,
  })
}

const rowsAre =
  (edit: (rows: Json[]) => Json[]) =>
  (file: string, json: Json): unknown =>
    file === 'subscriptiondetails.json' ? { ...json, Out: edit(json.Out) } : undefined

describe('Dicker Data adapter against the shapes its real answers take', () => {
  it('keeps a stock code’s non-numeric trailer out of the SKU', async () => {
    const http = connect(
      rowsAre(([first]) => [{ ...first, ManufacturerStockCode: 'P1Y:CFQ7TTC0LDPB:0001:Y:' }]),
    )
    const [subscription] = (await dickerdataAdapter.listSubscriptions(http)).items
    expect(subscription).toMatchObject({ sku: 'CFQ7TTC0LDPB:0001', termMonths: 12 })
  })

  it('names a subscription by its complete description, in readable case, when the reference is cut at 30 characters', async () => {
    const http = connect(
      rowsAre(([first]) => [
        {
          ...first,
          SubscriptionReference: 'Microsoft 365 Business Standar',
          StockDescription: 'MS NCE M365 BUSINESS STANDARD 1YR COMMIT MONTHLY BILL',
        },
      ]),
    )
    const [subscription] = (await dickerdataAdapter.listSubscriptions(http)).items
    expect(subscription?.name).toBe('MS NCE M365 Business Standard 1YR Commit Monthly Bill')
  })

  it('keeps a 30-character reference whose last word is a whole word of the description as the name', async () => {
    const [subscription] = (await dickerdataAdapter.listSubscriptions(connect())).items
    expect(subscription?.name).toBe('Microsoft 365 Business Premium')
  })

  it('matches subscriptions to their customer whatever the case of the tenant id in each call', async () => {
    const http = connect((file, json) =>
      file === 'gettenant.json'
        ? {
            ...json,
            Out: json.Out.map((t: Json) => ({ ...t, TenantId: t.TenantId?.toUpperCase() })),
          }
        : undefined,
    )
    const customers = (await dickerdataAdapter.listCustomers(http)).items
    const subscriptions = (await dickerdataAdapter.listSubscriptions(http)).items
    const ids = new Set(customers.map((c) => c.externalId))
    // The customer's id stays as GetTenant spells it: mappings made earlier are keyed by it.
    expect(customers.some((c) => /[A-F]/.test(c.externalId))).toBe(true)
    expect(subscriptions.length).toBeGreaterThan(0)
    expect(subscriptions.every((s) => ids.has(s.customerExternalId))).toBe(true)
  })

  it('lists one customer’s subscriptions when asked with its id in capitals', async () => {
    const http = connect()
    const listing = await dickerdataAdapter.listSubscriptions(
      http,
      '3F2B7C1E-0A4D-4F5E-9C8B-1A2B3C4D5E6F',
    )
    expect(listing.items.length).toBeGreaterThan(0)
  })

  it('reads a row whose nullable members are null and which carries members it does not know', async () => {
    const http = connect(
      rowsAre(([first]) => [
        {
          ...first,
          SubscriptionReference: null,
          ParentSubscriptionId: null,
          Serials: null,
          ExpiryDate: null,
          LastBillingDate: null,
          NextBillingDate: null,
          BillingFrequency: null,
          PromotionId: 'PROMO-2025',
          AutoRenew: null,
        },
      ]),
    )
    const listing = await dickerdataAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(true)
    expect(listing.items[0]).toMatchObject({
      name: 'MS NCE M365 Business Premium 1YR Commit Monthly Bill',
      quantity: 25,
      sku: 'CFQ7TTC0LCHC:0002',
    })
    expect(listing.items[0]).not.toHaveProperty('contractEndDate')
  })

  it('reads a status it does not know as suspended, never as deleted', async () => {
    const http = connect(rowsAre(([first]) => [{ ...first, Status: 'PENDING_TRANSFER' }]))
    const [subscription] = (await dickerdataAdapter.listSubscriptions(http)).items
    expect(subscription?.status).toBe('suspended')
  })
})
