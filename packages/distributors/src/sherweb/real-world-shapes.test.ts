import { describe, expect, it } from 'vitest'
import { fixtureClient as client, json } from '../testing/sherweb/serve-fixtures'
import { sherwebAdapter } from './index'

// Payloads in the shapes Sherweb's Service Provider OpenAPI (beta08) allows: `items` nullable and
// not required on both lists, every other member nullable, enums open ("possible values include"),
// and members the adapter does not read.
const CUSTOMER_A = 'aaaaaaaa-1111-4222-8333-444444444444'
const CUSTOMER_B = 'bbbbbbbb-1111-4222-8333-444444444444'

const onCustomers = (body: unknown) => (seen: { url: URL }) =>
  seen.url.pathname.endsWith('/customers') ? json(JSON.stringify(body)) : undefined

const onSubscriptionsOf = (customerId: string, body: unknown) => (seen: { url: URL }) =>
  seen.url.pathname.endsWith('/billing/subscriptions') &&
  seen.url.searchParams.get('customerId') === customerId
    ? json(JSON.stringify(body))
    : undefined

describe('Sherweb adapter against the shapes its OpenAPI allows', () => {
  it('reports a customer list answered with items null as incomplete, naming Sherweb and the call', async () => {
    const { http } = client(onCustomers({ items: null }))
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing.items).toEqual([])
    expect(listing.complete).toBe(false)
    expect(listing.problems.join()).toContain('GET /service-provider/v1/customers')
    expect(listing.problems.join()).toContain('items was null')
  })

  it('reports a customer list answered without items as incomplete instead of failing', async () => {
    const { http } = client(onCustomers({}))
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing).toMatchObject({ items: [], complete: false })
    expect(listing.problems.join()).toContain('items was missing')
  })

  it('lists the other customers’ subscriptions when one customer’s answer has items null', async () => {
    const { http } = client(onSubscriptionsOf(CUSTOMER_B, { items: null }))
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.map((s) => s.customerExternalId)).toContain(CUSTOMER_A)
    expect(listing.items.length).toBeGreaterThan(0)
    expect(listing.problems).toHaveLength(1)
    expect(listing.problems[0]).toContain('Northwind Dental')
    expect(listing.problems[0]).toContain(CUSTOMER_B)
  })

  it('lists the other customers’ subscriptions when one customer’s answer is an empty object', async () => {
    const { http } = client(onSubscriptionsOf(CUSTOMER_B, {}))
    const listing = await sherwebAdapter.listSubscriptions(http)
    expect(listing.complete).toBe(false)
    expect(listing.items.length).toBeGreaterThan(0)
    expect(listing.problems[0]).toContain('items was missing')
  })

  it('reads a customer whose nullable members are all null and who carries members it does not know', async () => {
    const { http } = client(
      onCustomers({
        items: [
          {
            id: CUSTOMER_A,
            displayName: 'Fabrikam Legal',
            path: null,
            suspendedOn: null,
            customerType: 'EndCustomer',
            externalReference: null,
          },
        ],
        nextPageToken: null,
      }),
    )
    const listing = await sherwebAdapter.listCustomers(http)
    expect(listing).toEqual({
      items: [{ externalId: CUSTOMER_A, name: 'Fabrikam Legal', status: 'active' }],
      complete: true,
      problems: [],
    })
  })

  it('reads a subscription whose nullable members are all null without inventing term, dates or prices', async () => {
    const { http } = client(
      onSubscriptionsOf(CUSTOMER_A, {
        items: [
          {
            id: 'e1',
            productName: 'Azure plan',
            description: null,
            sku: null,
            quantity: 1,
            billingCycle: null,
            purchaseDate: null,
            fees: null,
            commitmentTerm: null,
          },
        ],
      }),
    )
    const listing = await sherwebAdapter.listSubscriptions(http, CUSTOMER_A)
    expect(listing.items).toEqual([
      {
        externalId: 'e1',
        customerExternalId: CUSTOMER_A,
        name: 'Azure plan',
        status: 'active',
        trial: false,
        quantity: 1,
      },
    ])
    expect(listing.complete).toBe(true)
  })

  it('reads unknown enum values as "other" or unset, never as a known one', async () => {
    const { http } = client(
      onSubscriptionsOf(CUSTOMER_A, {
        items: [
          {
            id: 'e2',
            productName: 'Microsoft 365 E3',
            quantity: 12,
            billingCycle: 'Quarterly',
            fees: { recurringFee: 30.5, setupFee: null, currency: 'Undefined' },
            commitmentTerm: {
              type: 'Quinquennial',
              termEndDate: null,
              renewalConfiguration: null,
              committedMinimalQuantities: null,
            },
            provisioningState: 'Pending',
          },
        ],
      }),
    )
    const [subscription] = (await sherwebAdapter.listSubscriptions(http, CUSTOMER_A)).items
    expect(subscription).toMatchObject({ quantity: 12, billingCycle: 'other', unitPrice: 30.5 })
    expect(subscription).not.toHaveProperty('termMonths')
    expect(subscription).not.toHaveProperty('currency')
    expect(subscription?.autoRenew).toBe(false)
  })
})
