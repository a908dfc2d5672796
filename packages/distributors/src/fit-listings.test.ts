import { describe, expect, it } from 'vitest'
import type { DistributorAdapter, Listing } from './adapter'
import { withFitListings } from './fit-listings'
import { adapterById } from './registry'
import { sherwebAdapter } from './sherweb'

const LONG_NAME = `Contoso\t${'Holdings '.repeat(30)}`

function adapterListing(customers: Listing<unknown>, subscriptions: Listing<unknown>) {
  return withFitListings({
    ...sherwebAdapter,
    listCustomers: async () => customers,
    listSubscriptions: async () => subscriptions,
  } as DistributorAdapter)
}

describe('the adapters the app uses', () => {
  it('fit a listed name the register could not keep instead of failing the sync', async () => {
    const adapter = adapterListing(
      {
        items: [{ externalId: 'C1', name: LONG_NAME, status: 'active' }],
        complete: true,
        problems: [],
      },
      { items: [], complete: true, problems: [] },
    )
    const listing = await adapter.listCustomers({} as never)
    expect(listing.complete).toBe(true)
    expect(listing.items[0]?.name).toMatch(/^Contoso Holdings Holdings .*…$/)
    expect(listing.items[0]?.name.length).toBeLessThanOrEqual(200)
  })

  it('leave out a subscription whose id the register cannot keep, name it, and make the listing incomplete', async () => {
    const adapter = adapterListing(
      { items: [], complete: true, problems: [] },
      {
        items: [
          { externalId: 'S1', customerExternalId: 'C1', name: 'E3', status: 'active', quantity: 3 },
          {
            externalId: 'S\u001b2',
            customerExternalId: 'C1',
            name: 'E5',
            status: 'active',
            quantity: 1,
          },
        ],
        complete: true,
        problems: [],
      },
    )
    const listing = await adapter.listSubscriptions({} as never)
    expect(listing.items.map((s) => s.externalId)).toEqual(['S1'])
    // Incomplete: the one left out must not look deleted to the deletion rules.
    expect(listing.complete).toBe(false)
    expect(listing.problems).toEqual([
      expect.stringMatching(/^The subscription "E5" was left out: its id must not contain control/),
    ])
  })

  it('are what the registry hands out', () => {
    expect(adapterById('sherweb')?.listCustomers).not.toBe(sherwebAdapter.listCustomers)
  })
})
