import type { BillingLine, BillingPeriod } from '../model/billing'
import type { Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { stableId } from '../support/stable-id'
import type { Finding } from './finding'
import { named, seats, withWindows } from './finding-words'
import { fingerprint, LazyFinding, type FindingContext, type FindingNumbers } from './lazy-finding'
import { cents, perMonth } from './money-per-month'

const LINE_PERIODS: ReadonlySet<string> = new Set([
  'monthly',
  'quarterly',
  'annual',
  'biennial',
  'triennial',
])

/** A counted subscription with seats that no taking-part line of its customer bills. */
export function unbilledFinding(s: Subscription, context: FindingContext): Finding {
  const unit = s.unitPrice ?? s.unitCost
  const monthly = unit === undefined || !s.currency ? undefined : perMonth(unit, s.billingCycle)
  return new Unbilled(s, context, {
    id: fingerprint('unbilled', '', [s.id], s.quantity),
    kind: 'unbilled',
    customerId: s.customerId,
    lineId: undefined,
    subscriptionIds: [s.id],
    distributorQuantity: s.quantity,
    billedQuantity: 0,
    monthlyImpact: monthly === undefined ? undefined : cents(monthly * s.quantity),
    currency: s.currency ? s.currency : undefined,
  })
}

type Resolution = { reason: string; operations: Operation[] }

class Unbilled extends LazyFinding {
  #subscription: Subscription
  #context: FindingContext
  #resolution: Resolution | undefined

  constructor(s: Subscription, context: FindingContext, numbers: FindingNumbers) {
    super(numbers)
    this.#subscription = s
    this.#context = context
  }

  protected explain(): string[] {
    const s = this.#subscription
    const reasons = [
      `${named(s)} has ${seats(s.quantity)} and is not billed on any active line of this customer.`,
    ]
    if (this.monthlyImpact !== undefined)
      reasons.push(
        `At its ${s.unitPrice !== undefined ? 'price' : 'cost'} that is ${this.#context.money(this.monthlyImpact, s.currency as string)} a month not collected.`,
      )
    reasons.push(this.#resolve().reason)
    return withWindows(reasons, [s], this.#context.window)
  }

  protected fix(): Operation[] {
    return this.#resolve().operations
  }

  /**
   * The fix and its words: link to the customer's free line billing the SKU (unbilled-line.ts),
   * leave the choice to a person when several could be it, else create a line.
   */
  #resolve(): Resolution {
    return (this.#resolution ??= resolution(this.#subscription, this.#context))
  }
}

function resolution(s: Subscription, context: FindingContext): Resolution {
  const link = (lineId: string): Operation => ({
    op: 'linkSubscription',
    subscriptionId: s.id,
    before: { billingLineId: s.billingLineId ?? null },
    after: { billingLineId: lineId },
  })
  const found = context.unbilledLine(s)
  if (found.kind === 'link')
    return {
      reason: `Approving links it to "${found.line.description}", which bills item code ${s.sku} and no other subscription.`,
      operations: [link(found.line.id)],
    }
  if (found.kind === 'choose')
    return {
      reason: `${chooseWhy(found.line, found.lines, found.rivals, s.sku as string)}: choose which on the customer's Billing tab, or mark it not billable.`,
      operations: [],
    }
  if (!s.currency)
    return {
      reason: 'Its currency is not known: add a line by hand, or mark it not billable.',
      operations: [],
    }
  const line: BillingLine = {
    id: stableId('bl', s.id),
    customerId: s.customerId,
    description: s.name,
    ...(s.sku === undefined ? {} : { itemCode: s.sku }),
    quantity: s.quantity,
    unitPrice: s.unitPrice ?? s.unitCost ?? 0,
    ...(s.unitCost === undefined ? {} : { unitCost: s.unitCost }),
    currency: s.currency,
    period: LINE_PERIODS.has(s.billingCycle ?? 'monthly')
      ? ((s.billingCycle ?? 'monthly') as BillingPeriod)
      : 'monthly',
    inactive: false,
    quantityRule: 'linked',
    source: { kind: 'seatkeeper' },
    version: 1,
  }
  const taken =
    found.kind !== 'taken'
      ? ''
      : found.why === 'billed'
        ? `"${found.line.description}" already bills another subscription, so it is not linked there. `
        : `"${found.line.description}" is billed in ${found.line.currency}, so it is not linked there. `
  return {
    reason: `${taken}Approving creates a line of ${seats(s.quantity)} at ${context.money(line.unitPrice, s.currency)} per ${line.period} period (the distributor's ${s.unitPrice !== undefined ? 'price' : 'cost'}); check the price first.`,
    operations: [{ op: 'createBillingLine', after: line }, link(line.id)],
  }
}

/**
 * Why a person chooses: '"Microsoft 365 E3" bills item code X and no subscription yet, and 1 other
 * subscription of this customer could be billed on it too'.
 */
function chooseWhy(line: BillingLine, lines: number, rivals: number, sku: string): string {
  const which =
    lines === 1
      ? `"${line.description}" bills item code ${sku} and no subscription yet`
      : `${lines} lines of this customer bill item code ${sku} and no subscription yet`
  const others =
    rivals === 0
      ? ''
      : `, and ${rivals} other subscription${rivals === 1 ? '' : 's'} of this customer could be billed on ${lines === 1 ? 'it' : 'them'} too`
  return `${which}${others}`
}
