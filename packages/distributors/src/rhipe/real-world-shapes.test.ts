import { describe, expect, it } from 'vitest'
import { rhipeFixtureClient as client, jsonResponse } from '../testing/rhipe/fixture-client'
import { readRhipeFixture, type ServedCall } from '../testing/rhipe/serve-fixtures'
import { rhipeAdapter } from './index'

// Payloads in the shapes PRISM's public client samples show (Mate365.Billing.Rhipe): numeric ids,
// most members nullable, CustomerActingRole 0 (partner) / 1 (end customer) / 2 (both), contact
// e-mail addresses on mailbox providers, and members the adapter does not read.
type Json = Record<string, any>
const customers = () => readRhipeFixture<Json[]>('customers.json')
const tenants = () => readRhipeFixture<Json[]>('contractagreement-tenants.json')

const answer =
  (o: { customers?: Json[]; tenants?: Json[] }) =>
  (call: ServedCall): Response | undefined => {
    if (o.customers && call.url.pathname === '/api/v1/me/customers')
      return jsonResponse(o.customers)
    if (o.tenants && call.url.pathname.endsWith('/tenants')) return jsonResponse(o.tenants)
    return undefined
  }

describe('Rhipe adapter against the shapes PRISM’s client samples show', () => {
  it('never turns a customer’s free-mail or ISP address into its domain', async () => {
    const [first] = customers()
    const { http } = client(
      answer({
        customers: [
          {
            ...first,
            WebUrl: null,
            Email: 'oldmillbakery@gmail.com',
            CustomerNotificationEmail: 'owner@bigpond.com',
          },
        ],
      }),
    )
    const [customer] = (await rhipeAdapter.listCustomers(http)).items
    expect(customer).toBeDefined()
    expect(customer).not.toHaveProperty('domain')
  })

  it('takes the company’s own e-mail domain when the web site is missing', async () => {
    const [first] = customers()
    const { http } = client(
      answer({ customers: [{ ...first, WebUrl: null, Email: 'Accounts@Fabrikam-Legal.com.au' }] }),
    )
    const [customer] = (await rhipeAdapter.listCustomers(http)).items
    expect(customer?.domain).toBe('fabrikam-legal.com.au')
  })

  it('keeps the partner’s own tenant (role 0) out of the subscription listing, as the customer listing does', async () => {
    const all = customers()
    const partner = {
      ...all[0],
      CustomerId: 300000,
      CustomerName: 'Contoso MSP',
      CustomerActingRole: 0,
      IsPartnerCustomer: true,
    }
    const partnerTenant = {
      ...tenants()[0],
      TenantId: '11111111-2222-4333-8444-555555555555',
      CustomerId: 300000,
      CustomerName: 'Contoso MSP',
      Subscriptions: [{ ...tenants()[0]!.Subscriptions[0], SubscriptionId: 'partner-own-e3' }],
    }
    const { http } = client(
      answer({ customers: [partner, ...all], tenants: [partnerTenant, ...tenants()] }),
    )
    const listed = (await rhipeAdapter.listCustomers(http)).items.map((c) => c.externalId)
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listed).not.toContain('300000')
    expect(listing.items.map((s) => s.externalId)).not.toContain('partner-own-e3')
    expect(listing.items.every((s) => listed.includes(s.customerExternalId))).toBe(true)
    expect(listing.complete).toBe(true)
  })

  it('leaves out, and names, a tenant of a customer the customer list does not hold', async () => {
    const stranger = { ...tenants()[0], CustomerId: 399999, CustomerName: 'Unknown Pty Ltd' }
    const { http } = client(answer({ tenants: [...tenants(), stranger] }))
    const listing = await rhipeAdapter.listSubscriptions(http)
    expect(listing.items.map((s) => s.customerExternalId)).not.toContain('399999')
    expect(listing.problems.join()).toContain('399999')
  })

  it('reads a customer whose nullable members are all null, without role, as a bare active customer', async () => {
    const { http } = client(
      answer({
        customers: [
          {
            CustomerId: 310009,
            CustomerName: 'Tailspin Toys ',
            CustomerNotificationEmail: null,
            WebUrl: null,
            Email: null,
            Street1: null,
            Street2: null,
            Street3: null,
            City: null,
            State: null,
            Postcode: null,
            Country: null,
            CountryIsoCode: null,
            RegistrationNumber: null,
            IsActive: null,
            CustomerProgramAgreements: null,
            Contacts: null,
            HowDidYouHearAboutRhipe: 'Conference',
          },
        ],
      }),
    )
    const listing = await rhipeAdapter.listCustomers(http)
    expect(listing.items).toEqual([
      { externalId: '310009', name: 'Tailspin Toys', status: 'active' },
    ])
  })

  it('maps a country given only by name to its ISO code', async () => {
    const [first] = customers()
    const { http } = client(
      answer({ customers: [{ ...first, CountryIsoCode: null, Country: 'New Zealand' }] }),
    )
    const [customer] = (await rhipeAdapter.listCustomers(http)).items
    expect(customer?.address?.country).toBe('NZ')
  })

  it('reads a quantity sent as a string and an unknown status as pending, never deleted', async () => {
    const [tenant] = tenants()
    const odd = {
      ...tenant,
      Subscriptions: [{ ...tenant!.Subscriptions[0], Quantity: '25', Status: 'Migrating' }],
    }
    const { http } = client(answer({ tenants: [odd] }))
    const [subscription] = (await rhipeAdapter.listSubscriptions(http)).items
    expect(subscription).toMatchObject({ quantity: 25, status: 'pending' })
  })
})
