import type { PlanOperation, Subscription } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { applyNow, call, snapshot, uniqueId } from './register-api'

/** A customer with one subscription, made through the API for one test. */
async function customerWithSubscription(): Promise<{ customerId: string; sub: Subscription }> {
  const customerId = uniqueId('cus')
  const sub: Subscription = {
    id: uniqueId('sub'),
    customerId,
    connectionId: 'conn-test',
    distributor: 'Sherweb',
    externalId: uniqueId('ext'),
    name: 'Exchange Online',
    status: 'active',
    quantity: 5,
    active: true,
    version: 1,
  }
  const made = await applyNow('subscription-import', [
    {
      op: 'createCustomer',
      after: { id: customerId, name: uniqueId('Refusals Ltd'), inactive: false, version: 1 },
    },
    { op: 'createSubscription', after: sub },
  ])
  expect(made.status).toBe(200)
  return { customerId, sub }
}

/** Sends `operations` as a plan and checks it was refused naming `field`, with nothing written. */
async function expectRefused(operations: unknown[], field: string, message?: RegExp) {
  const before = await snapshot()
  const answer = await applyNow('manual', operations as PlanOperation[])
  expect(answer.status).toBe(400)
  expect(answer.body.error.field).toBe(field)
  if (message) expect(answer.body.error.message).toMatch(message)
  expect(answer.body.error.message.length).toBeLessThan(400)
  const after = await call('GET', '/api/register')
  expect(after.status).toBe(200)
  expect(after.body).toEqual(before)
}

const quantity = (sub: Subscription, value: unknown) => ({
  op: 'updateSubscription',
  subscriptionId: sub.id,
  before: { quantity: sub.quantity },
  after: { quantity: value },
})

describe('POST /api/register/plans refuses what would corrupt the register', () => {
  it('POST /api/register/plans refuses quantity -5 naming the operation and the field', async () => {
    const { sub } = await customerWithSubscription()
    await expectRefused(
      [quantity(sub, 6), quantity(sub, -5)],
      'plan.operations[1].after.quantity',
      /^Operation 2 \(update subscription sub-[^)]+\): the quantity must be a whole number of 0 or more; got -5\./,
    )
  })

  it('POST /api/register/plans refuses quantity 1e309, which JSON reads as infinity', async () => {
    const { sub } = await customerWithSubscription()
    const before = await snapshot()
    const body = JSON.stringify({
      baseVersion: before.version,
      plan: {
        kind: 'manual',
        connectionId: '',
        baseVersion: before.version,
        operations: [quantity(sub, 0)],
        skipped: [],
        quarantine: [],
        summary: {},
      },
    }).replace('"quantity":0}}', '"quantity":1e309}}')
    expect(body).toContain('1e309')
    const { app } = await import('../../src/app')
    const { env } = await import('cloudflare:workers')
    const response = await app.request(
      'http://127.0.0.1/api/register/plans',
      {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
        body,
      },
      { ...env, LOCAL_MODE: 'true' },
    )
    expect(response.status).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  it('POST /api/register/plans refuses an update that leaves a customer without a name', async () => {
    const { customerId } = await customerWithSubscription()
    const current = (await snapshot()).customers.find((c) => c.id === customerId)
    await expectRefused(
      [
        {
          op: 'updateCustomer',
          customerId,
          before: { name: current?.name, inactive: false },
          after: { name: null, inactive: null },
        },
      ],
      'plan.operations[0].after.name',
      /the name is required/,
    )
  })

  it('POST /api/register/plans refuses a second subscription for one distributor subscription', async () => {
    const { sub } = await customerWithSubscription()
    await expectRefused(
      [{ op: 'createSubscription', after: { ...sub, id: uniqueId('sub') } }],
      'plan.operations[0].after.externalId',
      /already holds distributor subscription/,
    )
  })

  it('POST /api/register/plans refuses a customer under a top level that does not exist', async () => {
    await expectRefused(
      [
        {
          op: 'createCustomer',
          after: {
            id: uniqueId('cus'),
            name: 'Orphan',
            topLevelId: 'top-missing',
            inactive: false,
            version: 1,
          },
        },
      ],
      'plan.operations[0].after.topLevelId',
      /top level top-missing does not exist/,
    )
  })

  it('POST /api/register/plans refuses a 3 MB customer name without echoing it', async () => {
    const { customerId } = await customerWithSubscription()
    const current = (await snapshot()).customers.find((c) => c.id === customerId)
    await expectRefused(
      [
        {
          op: 'updateCustomer',
          customerId,
          before: { name: current?.name },
          after: { name: 'N'.repeat(3_000_000) },
        },
      ],
      'plan.operations[0].after.name',
      /at most 200 characters; got a text of 3,000,000 characters/,
    )
  })

  it('POST /api/register/plans refuses a 5 MB mainSite.line1', async () => {
    const { customerId } = await customerWithSubscription()
    await expectRefused(
      [
        {
          op: 'updateCustomer',
          customerId,
          before: { mainSite: null },
          after: { mainSite: { line1: 'L'.repeat(5_000_000) } },
        },
      ],
      'plan.operations[0].after.mainSite.line1',
      /main site line1 must be at most 200 characters/,
    )
  })

  it('POST /api/register/plans refuses a before that does not match the record', async () => {
    const { sub } = await customerWithSubscription()
    await expectRefused(
      [
        {
          op: 'updateSubscription',
          subscriptionId: sub.id,
          before: { quantity: 99 },
          after: { quantity: 1 },
        },
      ],
      'plan.operations[0].before.quantity',
      /was said to be 99 but is 5/,
    )
  })

  it('POST /api/register/plans refuses a name with a right-to-left override', async () => {
    await expectRefused(
      [
        {
          op: 'createCustomer',
          after: { id: uniqueId('cus'), name: 'Invoice\u202Eexe.pdf', inactive: false, version: 1 },
        },
      ],
      'plan.operations[0].after.name',
      /U\+202E/,
    )
  })
})
