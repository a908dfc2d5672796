import type { Customer } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { applyNow, call, snapshot, uniqueId } from '../register/register-api'

function customer(name: string, extra: Partial<Customer> = {}): Customer {
  return { id: uniqueId('cus'), name, inactive: false, version: 1, ...extra }
}

async function created(name: string, extra: Partial<Customer> = {}): Promise<Customer> {
  const answer = await call('POST', '/api/customers', { name, ...extra })
  expect(answer.status).toBe(201)
  return answer.body as Customer
}

describe('/api/runs', () => {
  it('GET /api/runs/:id gives each record before and after', async () => {
    const c = await created('Contoso', { domain: 'contoso.example' })
    const applied = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: 'contoso.example', tenantId: null },
        after: { domain: 'contoso.com', tenantId: 't-1' },
      },
    ])

    const answer = await call('GET', `/api/runs/${applied.body.runId}`)

    expect(answer.status).toBe(200)
    expect(answer.body.run).toMatchObject({
      id: applied.body.runId,
      kind: 'customer-import',
      connectionId: 'conn-test',
      trigger: 'user',
      actor: 'local',
      version: applied.body.version,
      baseVersion: applied.body.version - 1,
      operations: 1,
    })
    expect(answer.body.operations).toEqual([
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: 'contoso.example', tenantId: null },
        after: { domain: 'contoso.com', tenantId: 't-1' },
      },
    ])
  })

  it('GET /api/runs lists runs newest first and pages with before', async () => {
    await created('Page One')
    await created('Page Two')
    const first = await call('GET', '/api/runs?limit=1')
    const second = await call('GET', `/api/runs?limit=1&before=${first.body.runs[0].id}`)

    expect(first.body.runs).toHaveLength(1)
    expect(second.body.runs).toHaveLength(1)
    expect(second.body.runs[0].version).toBeLessThan(first.body.runs[0].version)
  })

  it('GET /api/runs/:id answers 404 for a run that does not exist', async () => {
    const answer = await call('GET', '/api/runs/run-nope')
    expect(answer.status).toBe(404)
  })

  it('POST /api/runs/:id/undo reverts every record of the run', async () => {
    const c = await created('Fabrikam', { domain: 'fabrikam.example' })
    const before = (await snapshot()).customers.find((x) => x.id === c.id)
    const added = customer('Fabrikam Subsidiary')
    const mapping = {
      connectionId: 'conn-test',
      externalCustomerId: uniqueId('ext'),
      externalName: 'Fabrikam',
      customerId: c.id,
      origin: 'import' as const,
    }
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: 'fabrikam.example' },
        after: { domain: 'fabrikam.com' },
      },
      { op: 'createCustomer', after: added },
      { op: 'addMapping', after: mapping },
    ])

    const undo = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    expect(undo.status).toBe(200)
    expect(undo.body).toEqual({ runId: expect.any(String), reverted: 3, notReverted: [] })
    const after = await snapshot()
    expect(after.customers.find((x) => x.id === c.id)).toMatchObject({ domain: before?.domain })
    expect(after.customers.find((x) => x.id === added.id)).toBeUndefined()
    expect(
      after.mappings.find((m) => m.externalCustomerId === mapping.externalCustomerId),
    ).toBeUndefined()
    const original = await call('GET', `/api/runs/${run.body.runId}`)
    expect(original.body.run.undoneBy).toBe(undo.body.runId)
    const undoRun = await call('GET', `/api/runs/${undo.body.runId}`)
    expect(undoRun.body.run).toMatchObject({ kind: 'undo', undoOf: run.body.runId })
  })

  it('POST /api/runs/:id/undo refuses to undo a run twice', async () => {
    const c = await created('Twice')
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: null },
        after: { domain: 'twice.example' },
      },
    ])
    await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    const again = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    expect(again.status).toBe(409)
    expect(again.body.error.message).toContain('cannot be undone twice')
  })

  it('POST /api/runs/:id/undo skips records a newer run changed and names them', async () => {
    const a = await created('Alpine Ski House')
    const b = await created('Blue Yonder')
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: a.id,
        before: { domain: null },
        after: { domain: 'alpine.example' },
      },
      {
        op: 'updateCustomer',
        customerId: b.id,
        before: { domain: null },
        after: { domain: 'blueyonder.example' },
      },
    ])
    const newer = await call('PATCH', `/api/customers/${b.id}`, {
      version: 2,
      domain: 'blueyonder.com',
    })
    expect(newer.status).toBe(200)

    const undo = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    expect(undo.body.reverted).toBe(1)
    expect(undo.body.notReverted).toEqual([
      {
        record: 'Customer Blue Yonder',
        reason: expect.stringMatching(
          /^Customer Blue Yonder was changed by run run_\w+ \(manual, local, .+\) after this run\.$/,
        ),
      },
    ])
    const after = await snapshot()
    expect(after.customers.find((x) => x.id === a.id)?.domain).toBeUndefined()
    expect(after.customers.find((x) => x.id === b.id)).toMatchObject({ domain: 'blueyonder.com' })
  })

  it('POST /api/runs/:id/undo keeps a created customer that later got subscriptions', async () => {
    const run = await call('POST', '/api/customers/import', { csv: 'name\nKept Customer\n' })
    const { customers } = await snapshot()
    const kept = customers.find((c) => c.name === 'Kept Customer') as Customer
    await applyNow('subscription-import', [
      {
        op: 'createSubscription',
        after: {
          id: uniqueId('sub'),
          customerId: kept.id,
          connectionId: 'conn-test',
          distributor: 'Sherweb',
          externalId: uniqueId('ext'),
          name: 'Teams',
          status: 'active',
          quantity: 1,
          active: true,
          version: 1,
        },
      },
    ])

    const undo = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    expect(undo.body).toEqual({
      runId: null,
      reverted: 0,
      notReverted: [
        {
          record: 'Customer Kept Customer',
          reason: expect.stringContaining('has subscriptions or mappings added after this run'),
        },
      ],
    })
    expect((await snapshot()).customers.some((c) => c.id === kept.id)).toBe(true)
  })

  it('POST /api/runs/:id/undo reverts a field even when a newer run changed other fields of the record', async () => {
    const c = await created('Coho Winery')
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: null },
        after: { domain: 'coho.example' },
      },
    ])
    await call('PATCH', `/api/customers/${c.id}`, { version: 2, taxId: 'GB999' })

    const undo = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    expect(undo.body).toMatchObject({ reverted: 1, notReverted: [] })
    const after = (await snapshot()).customers.find((x) => x.id === c.id)
    expect(after?.domain).toBeUndefined()
    expect(after?.taxId).toBe('GB999')
  })

  it('POST /api/runs/:id/undo of an undo puts the change back', async () => {
    const c = await created('Undo Twice Over')
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: c.id,
        before: { domain: null },
        after: { domain: 'again.example' },
      },
    ])
    const undo = await call('POST', `/api/runs/${run.body.runId}/undo`, {})

    const redo = await call('POST', `/api/runs/${undo.body.runId}/undo`, {})

    expect(redo.body.reverted).toBe(1)
    expect((await snapshot()).customers.find((x) => x.id === c.id)?.domain).toBe('again.example')
  })
})

describe('undo and eviction', () => {
  it('rebuilds the same register from SQLite after an undo that removed records of every kind', async () => {
    const { evictDurableObject } = await import('cloudflare:test')
    const { env } = await import('cloudflare:workers')
    const topLevel = uniqueId('Evict Group')
    const imported = await call('POST', '/api/customers/import', {
      csv: `name,top level\nEvict A,${topLevel}\n`,
    })
    const a = (await snapshot()).customers.find((c) => c.name === 'Evict A') as Customer
    const external = uniqueId('ext')
    const run = await applyNow('customer-import', [
      {
        op: 'updateCustomer',
        customerId: a.id,
        before: { domain: null },
        after: { domain: 'evict.example' },
      },
      {
        op: 'addMapping',
        after: {
          connectionId: 'conn-test',
          externalCustomerId: external,
          externalName: 'Evict A',
          customerId: a.id,
          origin: 'import',
        },
      },
      {
        op: 'createSubscription',
        after: {
          id: uniqueId('sub'),
          customerId: a.id,
          connectionId: 'conn-test',
          distributor: 'Sherweb',
          externalId: external,
          name: 'Teams',
          status: 'active',
          quantity: 1,
          active: true,
          version: 1,
        },
      },
    ])
    await call('POST', `/api/runs/${run.body.runId}/undo`, {})
    await call('POST', `/api/runs/${imported.body.runId}/undo`, {})
    const before = await snapshot()
    expect(before.customers.some((c) => c.id === a.id)).toBe(false)

    await evictDurableObject(env.REGISTER.get(env.REGISTER.idFromName('register')))

    expect(await snapshot()).toEqual(before)
  })
})
