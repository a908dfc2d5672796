import { psaAdapterById } from '@seatkeeper/psa'
import {
  billedQuantity,
  compareText,
  followsLinkedSeats,
  isCounted,
  suggestBillingLinks,
  type BillingLine,
  type BillingLineSource,
  type BillingLinkSuggestion,
  type Finding,
  type NotBillableReason,
  type Register,
  type Subscription,
} from '@seatkeeper/core'

/** Why a subscription is not billed, as a person says it. */
export const NOT_BILLABLE_LABELS: Record<NotBillableReason, string> = {
  'internal-use': 'Internal use',
  'included-in-bundle': 'Included in a bundle',
  'customer-pays-directly': 'Customer pays directly',
}

/** A subscription as the Billing tab names it: its product and the connection it comes from. */
export type SubscriptionView = {
  subscription: Subscription
  /** "Pax8 Australia (Pax8)"; the distributor's name when the connection is not known here. */
  connectionName: string
}

export type LineView = {
  line: BillingLine
  /**
   * "12"; "Follows 14 linked seats" (": bills 12 (2 free)") for a line whose quantity follows its
   * subscriptions; "12: the licence count in HaloPSA (14 linked seats)" for a PSA's linked line.
   */
  quantityWords: string
  sourceWords: string
  linked: SubscriptionView[]
}

export type CustomerBilling = {
  lines: LineView[]
  /** The customer's subscriptions billed on none of its lines (marked not billable included). */
  unlinked: SubscriptionView[]
  findings: Finding[]
}

/**
 * Where a line comes from, in words. A PSA-owned line says who owns it and why it has no Edit: it
 * changes only in the PSA or through an approved finding (docs/core-rules.md).
 */
export function sourceWords(
  source: BillingLineSource,
  connectionNames: Readonly<Record<string, string>> = {},
): string {
  if (source.kind === 'seatkeeper') return 'Entered in Seatkeeper'
  if (source.kind === 'csv') return 'Imported from a CSV'
  const psa = psaAdapterById(source.psa)?.label ?? 'its PSA'
  // The connection's name says which account ("Halo books (HaloPSA)"); the PSA's alone otherwise.
  const owner = connectionNames[source.connectionId] ?? psa
  return `Owned by ${owner}: not edited in Seatkeeper; change it in ${psa}, or approve a finding on Reconciliation`
}

/** The seats a line's counted subscriptions have (trials, inactive and not billable left out). */
export function linkedSeats(subscriptions: readonly Subscription[]): number {
  return subscriptions.reduce((sum, s) => sum + (isCounted(s) ? s.quantity : 0), 0)
}

/**
 * What the line bills, in the words reconcile judges it by (docs/core-rules.md "A linked line"):
 * a fixed line its quantity; a line following its linked seats those seats (less the free ones,
 * at least the minimum); a PSA's licence-linked line the PSA's licence count.
 */
function quantityOf(line: BillingLine, linked: readonly Subscription[]): string {
  if (line.quantityRule === 'fixed') return String(line.quantity)
  const seats = linkedSeats(linked)
  const linkedWords = `${seats} linked ${seats === 1 ? 'seat' : 'seats'}`
  if (!followsLinkedSeats(line)) {
    const psa =
      line.source.kind === 'psa' ? (psaAdapterById(line.source.psa)?.label ?? 'its PSA') : 'its PSA'
    return `${line.quantity}: the licence count in ${psa} (${linkedWords})`
  }
  const billed = billedQuantity(line, seats)
  if (billed === seats) return `Follows ${linkedWords}`
  const terms = [
    line.freeQuantity ? `${line.freeQuantity} free` : '',
    line.minimumQuantity && billed === line.minimumQuantity
      ? `a minimum of ${line.minimumQuantity}`
      : '',
  ].filter(Boolean)
  return `Follows ${linkedWords}: bills ${billed} (${terms.join(', ')})`
}

/**
 * One customer's billing as its Billing tab shows it: its lines (by description) with the
 * subscriptions linked to each, the subscriptions on no line, and the findings about it (in
 * reconcile's order, money at stake first).
 */
export function customerBilling(
  register: Register,
  customerId: string,
  findings: readonly Finding[],
  connectionNames: Readonly<Record<string, string>>,
): CustomerBilling {
  const view = (subscription: Subscription): SubscriptionView => ({
    subscription,
    connectionName: connectionNames[subscription.connectionId] ?? subscription.distributor,
  })
  const lines = register.billingLines
    .filter((line) => line.customerId === customerId)
    .sort((a, b) => compareText(a.description, b.description))
  const ids = new Set(lines.map((line) => line.id))
  const linkedTo = new Map<string, Subscription[]>()
  const unlinked: SubscriptionView[] = []
  const subscriptions = register.subscriptions
    .filter((s) => s.customerId === customerId)
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.distributor, b.distributor))
  for (const s of subscriptions) {
    if (s.billingLineId !== undefined && ids.has(s.billingLineId)) {
      const list = linkedTo.get(s.billingLineId)
      if (list) list.push(s)
      else linkedTo.set(s.billingLineId, [s])
    } else unlinked.push(view(s))
  }
  return {
    lines: lines.map((line) => {
      const linked = linkedTo.get(line.id) ?? []
      return {
        line,
        quantityWords: quantityOf(line, linked),
        sourceWords: sourceWords(line.source, connectionNames),
        linked: linked.map(view),
      }
    }),
    unlinked,
    findings: findings.filter((finding) => finding.customerId === customerId),
  }
}

/**
 * Link suggestions for one customer's subscriptions, each with its subscription. Scored on that
 * customer's subscriptions and lines only (the same answer suggestBillingLinks gives for them on the
 * whole register: a subscription is only ever offered lines of its own customer), so the tab scores
 * in well under a millisecond on the page.
 */
export function customerLinkSuggestions(
  register: Register,
  customerId: string,
  today?: string,
): { suggestion: BillingLinkSuggestion; subscription: Subscription }[] {
  const subscriptions = register.subscriptions.filter((s) => s.customerId === customerId)
  const own: Register = {
    ...register,
    subscriptions,
    billingLines: register.billingLines.filter((line) => line.customerId === customerId),
  }
  const byId = new Map(subscriptions.map((s) => [s.id, s]))
  return suggestBillingLinks(own, today === undefined ? {} : { today }).flatMap((suggestion) => {
    const subscription = byId.get(suggestion.subscriptionId)
    return subscription && suggestion.candidates.length > 0 ? [{ suggestion, subscription }] : []
  })
}
