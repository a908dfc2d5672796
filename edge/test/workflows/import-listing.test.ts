import {
  ExternalCustomerSchema,
  ExternalSubscriptionSchema,
  ImportListingPageSchema,
  ImportListingSchema,
  type ImportListing,
} from '@seatkeeper/core'
import { introspectWorkflow } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  call,
  customerCalls,
  sandboxConnection,
  sherwebConnection,
  subscriptionCalls,
  world,
} from './workflow-harness'

// Import Customers / Import Subscriptions of a distributor that reads one customer at a time list
// at the edge, in a sync workflow that stops once it has listed (docs/integrator.md "Imports that
// list at the edge"); the browser reads the records back in pages and plans from them.
const outbound = installOutbound()

async function start(connectionId: string, body: { what: string; fresh?: boolean }) {
  const answer = await call('POST', `/api/connections/${connectionId}/import-listings`, body)
  return { status: answer.status, text: answer.text, listing: answer.body as ImportListing }
}

async function latest(connectionId: string, what: string): Promise<ImportListing | null> {
  const answer = await call('GET', `/api/connections/${connectionId}/import-listings/${what}`)
  expect(answer.status, answer.text).toBe(200)
  return answer.body.latest === null ? null : v.parse(ImportListingSchema, answer.body.latest)
}

/** Every record of a ready listing, page by page, as the browser reads them. */
async function records(connectionId: string, listing: ImportListing, kind: string) {
  const items: unknown[] = []
  let query = ''
  for (;;) {
    const path = `/api/connections/${connectionId}/import-listings/${listing.what}/${listing.id}/${kind}${query}`
    const answer = await call('GET', path)
    expect(answer.status, answer.text).toBe(200)
    const page = v.parse(ImportListingPageSchema, answer.body)
    items.push(...page.items)
    if (!page.next) return items
    query = `?part=${page.next.part}&chunk=${page.next.chunk}`
  }
}

describe('an import listing at the edge', () => {
  it('lists a Sherweb book in steps, keeps its records for the browser, reuses them while recent and lists again when asked', async () => {
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: world(311) }).handler)
    const id = await sherwebConnection()
    await using introspector = await introspectWorkflow(env.SYNC_WORKFLOW)

    const started = await start(id, { what: 'subscriptions' })
    expect(started.status, started.text).toBe(202)
    expect(started.listing).toMatchObject({ state: 'running', what: 'subscriptions', requests: 0 })
    // A second import opened meanwhile follows the same listing.
    const again = await start(id, { what: 'subscriptions' })
    expect(again.listing.id).toBe(started.listing.id)
    const [instance] = await introspector.get()
    await instance!.waitForStatus('complete')

    const ready = await latest(id, 'subscriptions')
    expect(ready).toMatchObject({ id: started.listing.id, state: 'ready', complete: true })
    if (ready?.state !== 'ready') throw new Error('The listing is not ready.')
    expect(ready.customers).toBe(25)
    const customers = await records(id, ready, 'customers')
    const subscriptions = await records(id, ready, 'subscriptions')
    expect(customers).toHaveLength(25)
    expect(subscriptions).toHaveLength(ready.subscriptions)
    expect(subscriptions.length).toBeGreaterThan(50)
    for (const item of customers) v.parse(ExternalCustomerSchema, item)
    for (const item of subscriptions) v.parse(ExternalSubscriptionSchema, item)
    // One call for the customers and one per customer: nothing was written to the register.
    expect(customerCalls(outbound)).toBe(1)
    expect(subscriptionCalls(outbound)).toBe(25)
    const register = (await call('GET', '/api/register')).body
    expect(
      register.subscriptions.filter((s: { connectionId: string }) => s.connectionId === id),
    ).toEqual([])

    // Opened again within half an hour: the same records, no new listing.
    const reused = await start(id, { what: 'subscriptions' })
    expect(reused.status).toBe(200)
    expect(reused.listing).toMatchObject({ id: ready.id, state: 'ready' })
    expect(customerCalls(outbound)).toBe(1)

    // "Read the distributor again": a new listing, and the old records are gone.
    const fresh = await start(id, { what: 'subscriptions', fresh: true })
    expect(fresh.status).toBe(202)
    expect(fresh.listing.id).not.toBe(ready.id)
    const old = await call(
      'GET',
      `/api/connections/${id}/import-listings/subscriptions/${ready.id}/subscriptions`,
    )
    expect(old.status).toBe(404)
    expect(old.body.error.message).toMatch(/read the distributor again/)
    const instances = await introspector.get()
    await Promise.all(instances.map((each) => each.waitForStatus('complete')))
    expect((await latest(id, 'subscriptions'))?.state).toBe('ready')
  })

  it('lists only the customers for Import Customers', async () => {
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: world(312) }).handler)
    const id = await sherwebConnection()
    await using introspector = await introspectWorkflow(env.SYNC_WORKFLOW)
    expect((await start(id, { what: 'customers' })).status).toBe(202)
    const [instance] = await introspector.get()
    await instance!.waitForStatus('complete')
    const ready = await latest(id, 'customers')
    expect(ready).toMatchObject({ state: 'ready', customers: 25, subscriptions: 0 })
    expect(await records(id, ready!, 'customers')).toHaveLength(25)
    expect(subscriptionCalls(outbound)).toBe(0)
  })

  it('ends failed, with the reason, when the distributor refuses the credentials', async () => {
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: world(313) }).handler)
    const id = await sherwebConnection()
    const edited = await call('PATCH', `/api/connections/${id}`, {
      secrets: { clientSecret: 'no-longer-valid' },
    })
    expect(edited.status, edited.text).toBe(200)
    await using introspector = await introspectWorkflow(env.SYNC_WORKFLOW)
    await start(id, { what: 'subscriptions' })
    const [instance] = await introspector.get()
    await instance!.waitForStatus('complete')
    const failed = await latest(id, 'subscriptions')
    expect(failed).toMatchObject({ state: 'failed' })
    expect(failed?.state === 'failed' && failed.message).toMatch(/^Nothing was changed\./)
    // Not a run: an import whose listing failed changed nothing and is the import screen's to say.
    const runs = (await call('GET', '/api/runs?limit=200')).body.runs as Array<{
      connectionId?: string
    }>
    expect(runs.filter((run) => run.connectionId === id)).toEqual([])
  })

  it('refuses a distributor that lists in a few calls, and a listing kind there is not', async () => {
    const rhipe = await sandboxConnection('rhipe')
    const refused = await start(rhipe, { what: 'subscriptions' })
    expect(refused.status).toBe(400)
    expect(refused.text).toMatch(/through the proxy/)
    const sherweb = await sherwebConnection()
    const wrong = await call('GET', `/api/connections/${sherweb}/import-listings/licences`)
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.message).toMatch(/use customers or subscriptions/)
    expect((await start(sherweb, { what: 'licences' })).status).toBe(400)
  })
})
