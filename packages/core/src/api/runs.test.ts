import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { OperationSchema } from '../operations/operation'
import { RunDetailSchema } from './runs'

// The bodies below are what GET /api/runs/:id answered in the edge's runtime (workerd) after a
// CSV import with a new top level, its undo, the undo of a subscription import, and POST
// /api/top-levels with its undo: copied as sent, ids and all, so the web parses the real shapes.
const summary = {
  customers: { create: 0, update: 0, unchanged: 0, skipped: 0 },
  subscriptions: {
    create: 0,
    update: 0,
    unchanged: 0,
    skipped: 0,
    deactivate: 0,
    zero: 0,
    quarantined: 0,
  },
  mappings: { add: 0, update: 0, remove: 0 },
}
const view = (kind: string, operations: number, extra: Record<string, unknown> = {}) => ({
  id: 'run_c06830a9f4ea49c195b66ed9728f65d3',
  kind,
  trigger: 'user',
  actor: 'local',
  startedAt: '2026-11-21T14:45:28.957Z',
  finishedAt: '2026-11-21T14:45:28.957Z',
  baseVersion: 1,
  version: 2,
  summary,
  operations,
  quarantined: 0,
  skipped: 0,
  errors: [],
  ...extra,
})
const detail = (run: unknown, operations: unknown[]) => ({
  run,
  operations,
  skipped: [],
  quarantine: [],
})

const topLevel = { id: 'top_9940008459924f3a807521eb1ef49bc2', name: 'Dump Group' }
const customer = {
  id: 'cus_12e530c98a8c47fe97d1c02318acfe78',
  name: 'Dump Customer',
  inactive: false,
  version: 1,
  topLevelId: 'top_9940008459924f3a807521eb1ef49bc2',
  domain: 'dump.example',
}
const subscription = {
  id: 'sub-mwqisiky-0',
  customerId: 'cus_18ed7ca0535149e6bc442876a5dbf138',
  connectionId: 'conn-test',
  distributor: 'ArrowSphere',
  externalId: 'ext-mwqisiky-1',
  name: 'Microsoft 365 E3',
  sku: 'CFQ7TTC0LF8Q:0001',
  status: 'active',
  quantity: 5,
  startDate: '2026-01-01',
  billingCycle: 'monthly',
  active: true,
  version: 1,
}

describe('RunDetailSchema', () => {
  it('reads a CSV import that created a top level and a customer', () => {
    const body = detail(view('csv-import', 2), [
      { op: 'createTopLevel', after: topLevel },
      { op: 'createCustomer', after: customer },
    ])
    expect(v.parse(RunDetailSchema, body)).toEqual(body)
  })

  it('reads the undo of that import, which removes the customer and the top level', () => {
    const body = detail(view('undo', 2, { undoOf: 'run_746636ec39b6453ea90eca1fc8d54d9e' }), [
      { op: 'removeCustomer', before: customer },
      { op: 'removeTopLevel', before: topLevel },
    ])
    expect(v.parse(RunDetailSchema, body)).toEqual(body)
  })

  it('reads the undo of a subscription import, which removes the subscription', () => {
    const body = detail(
      view('undo', 1, {
        connectionId: 'conn-test',
        undoOf: 'run_0218a223780e46c3aaf66073bb6440a7',
      }),
      [{ op: 'removeSubscription', before: subscription }],
    )
    expect(v.parse(RunDetailSchema, body)).toEqual(body)
  })

  it('reads a top level created by hand, and the undo of that undo re-creating it', () => {
    const made = { id: 'top_b3b7f891e438443b8222ad7b93a5de54', name: 'Dump Manual Group' }
    expect(
      v.parse(RunDetailSchema, detail(view('manual', 1), [{ op: 'createTopLevel', after: made }]))
        .operations,
    ).toEqual([{ op: 'createTopLevel', after: made }])
  })

  it('still reads every core operation', () => {
    const operation = {
      op: 'updateCustomer',
      customerId: customer.id,
      before: { domain: 'dump.example', tenantId: null },
      after: { domain: 'dump.com', tenantId: 't-1' },
    }
    expect(v.parse(OperationSchema, operation)).toEqual(operation)
  })

  it('refuses an operation kind it does not know, naming where', () => {
    const result = v.safeParse(
      RunDetailSchema,
      detail(view('undo', 1), [{ op: 'teleportCustomer', before: customer }]),
    )
    expect(result.success).toBe(false)
    expect(v.getDotPath(result.issues![0]!)).toBe('operations.0.op')
  })

  it('refuses a removal without the record it removed', () => {
    expect(
      v.safeParse(OperationSchema, { op: 'removeCustomer', before: { id: 'c-1' } }).success,
    ).toBe(false)
  })
})
