import type { Plan, PlanOperation, Register, Subscription } from '@seatkeeper/core'
import { autoRenewWords } from '../present/auto-renew-words'
import { fieldLabel } from '../present/field-labels'
import { formatChangeValue, nameLookup, type NameLookup } from '../present/format-change-value'

/** One field of a record as it is now and as the plan leaves it. */
export type FieldChange = { field: string; label: string; before: string; after: string }

/**
 * One record the plan touches, with its changes to expand (worked out when first read); `trial`
 * when it is a trial subscription, which the preview tags "Trial".
 */
export type PreviewRow = {
  key: string
  title: string
  detail: string
  changes: FieldChange[]
  trial?: boolean
}

export type PreviewGroupId =
  'create' | 'update' | 'map' | 'remove' | 'deactivate' | 'skipped' | 'quarantine'

export type PreviewGroup = { id: PreviewGroupId; title: string; rows: PreviewRow[] }

/** A plan as the preview shows it: headline counts, then the records in groups. */
export type PlanPreviewModel = {
  counts: { create: number; update: number; unchanged: number; skipped: number; map: number }
  /** Sentence for the headline, e.g. "3 to create, 2 to update, 10 unchanged, 1 skipped". */
  headline: string
  groups: PreviewGroup[]
  /** Whether applying it would change anything. */
  empty: boolean
}

const GROUP_TITLES: Record<PreviewGroupId, string> = {
  create: 'To create',
  update: 'To update',
  map: 'Mappings to add',
  remove: 'Mappings to remove',
  deactivate: 'Subscriptions to deactivate or zero',
  skipped: 'Skipped',
  quarantine: 'Held back for a decision',
}

const SHOWN_ON_CREATE = ['name', 'topLevelId', 'mainSite', 'domain', 'tenantId', 'taxId']
const SHOWN_ON_CREATE_SUBSCRIPTION = [
  'customerId',
  'sku',
  'status',
  'quantity',
  'startDate',
  'endDate',
  'billingCycle',
  'termMonths',
  'autoRenew',
  'unitPrice',
  'unitCost',
  'currency',
]

const SHOWN_ON_CREATE_LINE = [
  'customerId',
  'itemCode',
  'quantity',
  'unitPrice',
  'currency',
  'period',
  'quantityRule',
]

function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: NameLookup,
) {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    before: formatChangeValue(field, before[field], names),
    after: formatChangeValue(field, after[field], names),
  }))
}

function createdFields(record: Record<string, unknown>, fields: string[], names: NameLookup) {
  return changesOf(
    {},
    Object.fromEntries(
      fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]),
    ),
    names,
  )
}

/**
 * A new subscription's fields, auto-renew in words: whether its term renews, or a trial converts
 * to paid (shown for every trial, since one converts unless auto-renew is off).
 */
function createdSubscriptionFields(s: Subscription, names: NameLookup): FieldChange[] {
  const trial = s.trial === true
  const autoRenew =
    trial || s.autoRenew !== undefined ? autoRenewWords(s.autoRenew, trial) : undefined
  return createdFields({ ...s, autoRenew }, SHOWN_ON_CREATE_SUBSCRIPTION, names)
}

/** A row before its changes are worked out: they are made when first read, not for every row. */
type RowDraft = Omit<PreviewRow, 'changes'> & { changes: () => FieldChange[] }

const NO_CHANGES = (): FieldChange[] => []

// A first import previews tens of thousands of rows and shows 100 of a group until asked for all;
// working out every row's field changes up front made 100,000 operations take seconds, mostly
// in the garbage collector, and even its title and words were a 166 ms task with the names they
// look up (92,457 operations, docs/benchmarks.md). A row is worked out the first time it is read,
// its changes the first time they are.
class LazyRow implements PreviewRow {
  #draft: () => RowDraft
  #drafted: RowDraft | undefined
  #made: FieldChange[] | undefined
  constructor(draft: () => RowDraft) {
    this.#draft = draft
  }
  get #row(): RowDraft {
    return (this.#drafted ??= this.#draft())
  }
  get key(): string {
    return this.#row.key
  }
  get title(): string {
    return this.#row.title
  }
  get detail(): string {
    return this.#row.detail
  }
  get trial(): boolean | undefined {
    return this.#row.trial || undefined
  }
  get changes(): FieldChange[] {
    return (this.#made ??= this.#row.changes())
  }
}

/** The group an operation's row is shown in (worked out for every row; the row itself is not). */
function groupOf(operation: PlanOperation): PreviewGroupId {
  switch (operation.op) {
    case 'createCustomer':
    case 'createSubscription':
    case 'createBillingLine':
      return 'create'
    case 'addMapping':
      return 'map'
    case 'removeMapping':
      return 'remove'
    case 'deactivateSubscription':
    case 'zeroSubscription':
      return 'deactivate'
    case 'updateCustomer':
    case 'updateMapping':
    case 'updateSubscription':
    case 'updateBillingLine':
    case 'linkSubscription':
    case 'markNotBillable':
    case 'dismissFinding':
      return 'update'
  }
}

function rowOf(
  operation: PlanOperation,
  names: NameLookup,
  subscriptions: Map<string, Subscription>,
): RowDraft {
  switch (operation.op) {
    case 'createCustomer':
      return {
        key: `customer:${operation.after.id}`,
        title: operation.after.name,
        detail: 'New customer',
        changes: () => createdFields(operation.after, SHOWN_ON_CREATE, names),
      }
    case 'updateCustomer':
      return {
        key: `customer:${operation.customerId}`,
        title: names.customer(operation.customerId),
        detail: `Customer: ${fieldCount(operation.after)} to change`,
        changes: () => changesOf(operation.before, operation.after, names),
      }
    case 'addMapping':
      return {
        key: `mapping:${operation.after.externalCustomerId}`,
        title: operation.after.externalName,
        detail: `Mapped to ${names.customer(operation.after.customerId)}`,
        changes: NO_CHANGES,
      }
    case 'updateMapping':
      return {
        key: `mapping:${operation.externalCustomerId}`,
        title:
          operation.before.externalName ??
          operation.after.externalName ??
          operation.externalCustomerId,
        detail: 'Mapping',
        changes: () => changesOf(operation.before, operation.after, names),
      }
    case 'removeMapping':
      return {
        key: `mapping:${operation.before.externalCustomerId}`,
        title: operation.before.externalName,
        detail: `No longer mapped to ${names.customer(operation.before.customerId)}`,
        changes: NO_CHANGES,
      }
    case 'createSubscription':
      return {
        key: `subscription:${operation.after.id}`,
        title: operation.after.name,
        detail: `New subscription for ${names.customer(operation.after.customerId)}`,
        trial: operation.after.trial === true,
        changes: () => createdSubscriptionFields(operation.after, names),
      }
    case 'updateSubscription':
    case 'deactivateSubscription':
    case 'zeroSubscription': {
      const removal = operation.op !== 'updateSubscription'
      const why = removal
        ? operation.reason === 'deleted-upstream'
          ? 'deleted at the distributor'
          : 'missing from the distributor’s listing'
        : ''
      return {
        key: `subscription:${operation.subscriptionId}`,
        title:
          subscriptions.get(operation.subscriptionId)?.name ??
          'A subscription no longer in the register',
        trial: isTrial(operation.subscriptionId, subscriptions, operation.after),
        detail: removal
          ? `${operation.op === 'zeroSubscription' ? 'Quantity set to 0' : 'Deactivated'}: ${why}`
          : 'Subscription',
        changes: () => changesOf(operation.before, operation.after, names),
      }
    }
    case 'createBillingLine':
      return {
        key: `billing-line:${operation.after.id}`,
        title: operation.after.description,
        detail: `New billing line for ${names.customer(operation.after.customerId)}`,
        changes: () => createdFields(operation.after, SHOWN_ON_CREATE_LINE, names),
      }
    case 'updateBillingLine':
      return {
        key: `billing-line:${operation.lineId}`,
        title: operation.before.description ?? operation.after.description ?? 'A billing line',
        detail: `Billing line: ${fieldCount(operation.after)} to change`,
        changes: () => changesOf(operation.before, operation.after, names),
      }
    case 'linkSubscription':
    case 'markNotBillable':
      return {
        key: `subscription:${operation.subscriptionId}`,
        title:
          subscriptions.get(operation.subscriptionId)?.name ??
          'A subscription no longer in the register',
        trial: isTrial(operation.subscriptionId, subscriptions),
        detail:
          operation.op === 'linkSubscription' ? 'Billing line it is billed on' : 'Billable or not',
        changes: () => changesOf(operation.before, operation.after, names),
      }
    case 'dismissFinding':
      return {
        key: `dismissal:${operation.after.findingId}`,
        title: 'Finding dismissed',
        detail: operation.after.reason,
        changes: () => [],
      }
  }
}

/** Whether a subscription the plan touches is a trial: as the plan leaves it, else as it is. */
function isTrial(
  id: string,
  subscriptions: Map<string, Subscription>,
  after: { trial?: boolean | null } = {},
): boolean {
  if (after.trial !== undefined) return after.trial === true
  return subscriptions.get(id)?.trial === true
}

const plural = (n: number, what: string) => `${n} ${what}`

const fieldCount = (after: object) => {
  const n = Object.keys(after).length
  return `${n} field${n === 1 ? '' : 's'}`
}

/** Turns a plan into what the preview shows, naming records from the register it was made from. */
export function planPreviewModel(plan: Plan, register: Register): PlanPreviewModel {
  // Customers this same plan creates are named too: "Mapped to Ashford Dental",
  // not the id the import gave the customer it is about to create.
  // Looked up when the first row is drawn, not when the model is made.
  let lookups: { names: NameLookup; subscriptions: Map<string, Subscription> } | undefined
  const lookup = () =>
    (lookups ??= {
      names: nameLookup({
        customers: [
          ...register.customers,
          ...plan.operations.flatMap((o) => (o.op === 'createCustomer' ? [o.after] : [])),
        ],
        topLevels: register.topLevels,
      }),
      subscriptions: new Map(register.subscriptions.map((s) => [s.id, s])),
    })
  // Appended in place: copying a group's list per row made 14,404 rows take 382 ms instead of 1.
  const groups = new Map<PreviewGroupId, PreviewRow[]>()
  const push = (id: PreviewGroupId, row: PreviewRow) => {
    const rows = groups.get(id)
    if (rows) rows.push(row)
    else groups.set(id, [row])
  }
  for (const operation of plan.operations) {
    push(
      groupOf(operation),
      new LazyRow(() => {
        const { names, subscriptions } = lookup()
        return rowOf(operation, names, subscriptions)
      }),
    )
  }
  for (const skipped of plan.skipped) {
    push('skipped', {
      key: `skipped:${skipped.entity}:${skipped.externalId}`,
      title: skipped.name,
      detail: skipped.reason,
      changes: [],
    })
  }
  for (const held of plan.quarantine) {
    push('quarantine', {
      key: `held:${held.subscriptionId}`,
      title: held.name,
      detail: held.reason,
      changes: [],
      ...(isTrial(held.subscriptionId, lookup().subscriptions) ? { trial: true } : {}),
    })
  }

  const { customers, subscriptions } = plan.summary
  // A PSA billing import counts its lines here; every other plan has none.
  const lines = plan.summary.billingLines ?? {
    create: 0,
    update: 0,
    unchanged: 0,
    skipped: 0,
    deactivate: 0,
  }
  const counts = {
    create: customers.create + subscriptions.create + lines.create,
    update:
      customers.update +
      subscriptions.update +
      subscriptions.deactivate +
      subscriptions.zero +
      lines.update +
      lines.deactivate,
    unchanged: customers.unchanged + subscriptions.unchanged + lines.unchanged,
    skipped: customers.skipped + subscriptions.skipped + lines.skipped,
    map: plan.summary.mappings.add,
  }
  const order: PreviewGroupId[] = [
    'create',
    'update',
    'map',
    'remove',
    'deactivate',
    'skipped',
    'quarantine',
  ]
  return {
    counts,
    headline: [
      plural(counts.create, 'to create'),
      plural(counts.update, 'to update'),
      plural(counts.unchanged, 'unchanged'),
      plural(counts.skipped, 'skipped'),
      ...(counts.map > 0 ? [plural(counts.map, 'to map')] : []),
    ].join(', '),
    groups: order.flatMap((id) => {
      const rows = groups.get(id)
      return rows ? [{ id, title: GROUP_TITLES[id], rows }] : []
    }),
    empty: plan.operations.length === 0,
  }
}
