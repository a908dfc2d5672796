import type { Customer, Subscription } from '@seatkeeper/core'
import { evictDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { applyNow, call, plan, runCount, snapshot, uniqueId } from './register-api'

function customer(name: string, extra: Partial<Customer> = {}): Customer {
  return { id: uniqueId('cus'), name, inactive: false, version: 1, ...extra }
}

function subscription(customerId: string, extra: Partial<Subscription> = {}): Subscription {
  const id = uniqueId('sub')
  return {
    id,
    customerId,
    connectionId: 'conn-test',
    distributor: 'Sherweb',
    externalId: id,
    name: 'Microsoft 365 E3',
    status: 'active',
    quantity: 10,
    active: true,
    version: 1,
    ...extra,
  }
}

describe('POST /api/register/plans', () => {
  it('POST /api/register/plans applies a plan in one run and answers the new version and run id', async () => {
    const before = await snapshot()
    const contoso = customer('Contoso')
    const answer = await applyNow('customer-import', [{ op: 'createCustomer', after: contoso }])

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ version: before.version + 1, runId: expect.any(String) })
    const after = await snapshot()
    expect(after.version).toBe(before.version + 1)
    expect(after.customers).toContainEqual(contoso)
  })

  it('POST /api/register/plans answers 409 with the current version for a stale plan and writes nothing', async () => {
    await applyNow('customer-import', [{ op: 'createCustomer', after: customer('Fabrikam') }])
    const before = await snapshot()
    const runs = await runCount()
    const stale = plan('customer-import', before.version - 1, [
      { op: 'createCustomer', after: customer('Late') },
    ])

    const answer = await call('POST', '/api/register/plans', {
      baseVersion: stale.baseVersion,
      plan: stale,
    })

    expect(answer.status).toBe(409)
    expect(answer.body).toEqual({
      error: { message: expect.stringContaining('Prepare the preview again') },
      version: before.version,
    })
    expect(await snapshot()).toEqual(before)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/register/plans writes nothing when an operation midway does not fit', async () => {
    const before = await snapshot()
    const runs = await runCount()
    const first = customer('Northwind')
    const answer = await applyNow('customer-import', [
      { op: 'createCustomer', after: first },
      { op: 'createSubscription', after: subscription(first.id) },
      {
        op: 'updateCustomer',
        customerId: 'cus-missing',
        before: { domain: null },
        after: { domain: 'x.example' },
      },
    ])

    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'plan.operations[2].customerId',
      message: expect.stringContaining('customer cus-missing does not exist'),
    })
    expect(await snapshot()).toEqual(before)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/register/plans refuses a sync plan that renames a customer or moves its top level', async () => {
    const tailspin = customer('Tailspin')
    await applyNow('manual', [{ op: 'createCustomer', after: tailspin }])
    const before = await snapshot()

    const rename = await applyNow('sync', [
      {
        op: 'updateCustomer',
        customerId: tailspin.id,
        before: { name: 'Tailspin' },
        after: { name: 'Tailspin Toys Ltd' },
      },
    ])
    const move = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: tailspin.id,
        before: { topLevelId: null },
        after: { topLevelId: 'top-x' },
      },
    ])

    expect(rename.status).toBe(400)
    expect(rename.body.error).toEqual({
      field: 'plan.operations[0].after.name',
      message: expect.stringContaining("customer's name"),
    })
    expect(move.status).toBe(400)
    expect(move.body.error.field).toBe('plan.operations[0].after.topLevelId')
    expect(await snapshot()).toEqual(before)
  })

  it('POST /api/register/plans refuses a sync plan that removes or re-points a mapping a person made', async () => {
    const a = customer('Adventure Works')
    const b = customer('Adventure Works Cycles')
    const manual = {
      connectionId: 'conn-test',
      externalCustomerId: uniqueId('ext'),
      externalName: 'AdventureWorks',
      customerId: a.id,
      origin: 'manual' as const,
    }
    await applyNow('mappings', [
      { op: 'createCustomer', after: a },
      { op: 'createCustomer', after: b },
      { op: 'addMapping', after: manual },
    ])

    const removed = await applyNow('sync', [{ op: 'removeMapping', before: manual }])
    const repointed = await applyNow('sync', [
      {
        op: 'updateMapping',
        connectionId: 'conn-test',
        externalCustomerId: manual.externalCustomerId,
        before: { customerId: a.id },
        after: { customerId: b.id },
      },
    ])
    const renamedUpstream = await applyNow('customer-import', [
      {
        op: 'updateMapping',
        connectionId: 'conn-test',
        externalCustomerId: manual.externalCustomerId,
        before: { externalName: 'AdventureWorks' },
        after: { externalName: 'Adventure Works Pty' },
      },
    ])

    expect(removed.status).toBe(400)
    expect(removed.body.error.message).toContain('manual mapping of "AdventureWorks"')
    expect(repointed.status).toBe(400)
    // The distributor's own name for its customer is the distributor's to change.
    expect(renamedUpstream.status).toBe(200)
  })

  it('POST /api/register/plans lets a person remove their own mapping with a mappings plan', async () => {
    const c = customer('Litware')
    const manual = {
      connectionId: 'conn-test',
      externalCustomerId: uniqueId('ext'),
      externalName: 'Litware',
      customerId: c.id,
      origin: 'manual' as const,
    }
    await applyNow('mappings', [
      { op: 'createCustomer', after: c },
      { op: 'addMapping', after: manual },
    ])

    const answer = await applyNow('mappings', [{ op: 'removeMapping', before: manual }])

    expect(answer.status).toBe(200)
  })

  it('POST /api/register/plans writes nothing for an empty plan: same version, no run', async () => {
    const before = await snapshot()
    const runs = await runCount()

    const answer = await applyNow('sync', [])

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ version: before.version, runId: null })
    expect((await snapshot()).version).toBe(before.version)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/register/plans answers 400 naming the field of a plan that does not fit the schema', async () => {
    const { version } = await snapshot()
    const bad = plan('sync', version, [
      { op: 'createCustomer', after: { id: 'x', name: 'X', inactive: 'no', version: 1 } as never },
    ])

    const answer = await call('POST', '/api/register/plans', { baseVersion: version, plan: bad })

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('plan.operations[0].after.inactive')
  })

  it('POST /api/register/plans refuses a plan kind only the register makes', async () => {
    const answer = await applyNow('undo', [{ op: 'createCustomer', after: customer('Sneaky') }])

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('plan.kind')
  })

  it('keeps the register across an eviction: it is rebuilt from SQLite', async () => {
    const wingtip = customer('Wingtip', { mainSite: { city: 'Perth', country: 'AU' } })
    await applyNow('customer-import', [
      { op: 'createCustomer', after: wingtip },
      { op: 'createSubscription', after: subscription(wingtip.id) },
    ])
    const before = await snapshot()

    await evictDurableObject(env.REGISTER.get(env.REGISTER.idFromName('register')))

    expect(await snapshot()).toEqual(before)
  })
})
