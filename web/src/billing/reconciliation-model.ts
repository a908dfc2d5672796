import {
  compareText,
  emptySummary,
  countOperation,
  FINDING_KINDS,
  PlanOperationSchema,
  toCsv,
  type Finding,
  type FindingKind,
  type Operation,
  type Plan,
  type PlanOperation,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { customerLabels } from '../present/customer-labels'
import { psaLabel } from './psa-approval'
import type { PickerOption } from '../ui/picker-options'

/** Each kind of finding as a person reads it. */
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  unbilled: 'Not billed',
  'under-billed': 'Under-billed',
  'over-billed': 'Over-billed',
  'billed-after-cancellation': 'Billed after cancellation',
  'bills-trial': 'Bills a trial',
  'below-cost': 'Billed below cost',
  'margin-below-floor': 'Margin under the floor',
  'currency-mismatch': 'Currency mismatch',
}

/** A finding with the words the list shows and filters on, worked out once per reconciliation. */
export type FindingRow = {
  finding: Finding
  customerName: string
  /** The distributors of its subscriptions ("ArrowSphere, Pax8"), '' when it has none. */
  distributors: string[]
  kindLabel: string
  /** The PSA its line is kept in ("HaloPSA"), where approving writes; undefined when Seatkeeper keeps it. */
  linePsa?: string
}

/** What the list is narrowed to; '' is "all". */
export type FindingFilter = {
  kind: FindingKind | ''
  customerId: string
  distributor: string
  currency: string
}

export const NO_FILTER: FindingFilter = { kind: '', customerId: '', distributor: '', currency: '' }

// The filter in the page's address, so a link (Home's findings by kind) opens the list narrowed.
const FILTER_PARAMS = {
  kind: 'kind',
  customerId: 'customer',
  distributor: 'distributor',
  currency: 'currency',
} as const satisfies Record<keyof FindingFilter, string>

/** The filter a Reconciliation address asks for; an unknown kind is no filter on the kind. */
export function filterFromSearch(
  params: Partial<Record<string, string | string[] | undefined>>,
): FindingFilter {
  const read = (key: keyof FindingFilter) => {
    const value = params[FILTER_PARAMS[key]]
    return (Array.isArray(value) ? value[0] : value) ?? ''
  }
  const kind = read('kind')
  return {
    kind: (FINDING_KINDS as readonly string[]).includes(kind) ? (kind as FindingKind) : '',
    customerId: read('customerId'),
    distributor: read('distributor'),
    currency: read('currency'),
  }
}

/** The address parameters of a filter, '' parts left out (undefined removes them from the address). */
export function filterSearch(filter: FindingFilter): Record<string, string | undefined> {
  return Object.fromEntries(
    (Object.keys(FILTER_PARAMS) as (keyof FindingFilter)[]).map((key) => [
      FILTER_PARAMS[key],
      filter[key] === '' ? undefined : filter[key],
    ]),
  )
}

/** The Reconciliation page's address narrowed to `filter`: "/reconciliation?kind=under-billed". */
export function reconciliationHref(filter: Partial<FindingFilter>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filterSearch({ ...NO_FILTER, ...filter })))
    if (value !== undefined) params.set(key, value)
  const query = params.toString()
  return query ? `/reconciliation?${query}` : '/reconciliation'
}

/** How the list is ordered: '' is reconcile's own, money at stake largest first. */
export type FindingSort = '' | 'money-low' | 'customer'

/** Each order as the Sort choice names it; '' is the default and stays out of the address. */
export const SORT_LABELS: Record<FindingSort, string> = {
  '': 'Money at stake, largest first',
  'money-low': 'Money at stake, smallest first',
  customer: 'Customer name',
}

/** The order a Reconciliation address asks for (`?sort=`); an unknown one is the default. */
export function sortFromSearch(params: Partial<Record<string, string | string[] | undefined>>) {
  const raw = params.sort
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  return (Object.keys(SORT_LABELS) as string[]).includes(value) ? (value as FindingSort) : ''
}

/** The address parameter of an order (undefined removes it: the default needs none). */
export const sortSearch = (sort: FindingSort) => ({ sort: sort === '' ? undefined : sort })

/**
 * The findings in the chosen order. Money at stake is the amount a month either way (leakage or
 * overcharge); those without one stay last in both money orders, as reconcile puts them. By
 * customer, names as the list shows them (compareText), each customer's findings by money.
 * Equal keys keep reconcile's order (a stable sort); customers are ranked once, not per pair.
 */
export function sortFindings(
  findings: readonly Finding[],
  sort: FindingSort,
  words: Pick<FindingWords, 'customerName'>,
): readonly Finding[] {
  if (sort === '') return findings
  if (sort === 'money-low') {
    const size = (f: Finding) =>
      f.monthlyImpact === undefined ? Number.POSITIVE_INFINITY : Math.abs(f.monthlyImpact)
    return [...findings].sort((a, b) => size(a) - size(b))
  }
  const ids = [...new Set(findings.map((f) => f.customerId))]
  const names = new Map(ids.map((id) => [id, words.customerName(id)]))
  ids.sort((a, b) => compareText(names.get(a) ?? '', names.get(b) ?? ''))
  const rank = new Map(ids.map((id, i) => [id, i]))
  return [...findings].sort((a, b) => (rank.get(a.customerId) ?? 0) - (rank.get(b.customerId) ?? 0))
}

/**
 * The words of findings, each built when its row is first shown and kept: a page shows 50 of
 * tens of thousands, so the customer labels and every subscription's distributor are read from the
 * register only once something asks (docs/web.md "Reconciliation").
 */
export type FindingWords = {
  row(finding: Finding): FindingRow
  /** The distributors of its subscriptions, sorted; [] when it has none. */
  distributors(finding: Finding): string[]
  /** The distributor of one subscription, if the register has it. */
  distributorOf(subscriptionId: string): string | undefined
  customerName(customerId: string): string
}

/** The words of findings of `register` (see FindingWords). */
export function findingWords(register: Register): FindingWords {
  let labels: Map<string, string> | undefined
  let distributorOf: Map<string, string> | undefined
  const distributorsKept = new WeakMap<Finding, string[]>()
  const rowsKept = new WeakMap<Finding, FindingRow>()
  let psaOfLine: Map<string, string> | undefined
  const linePsa = (lineId: string | undefined) => {
    if (lineId === undefined) return undefined
    psaOfLine ??= new Map(
      register.billingLines.flatMap((l) =>
        l.source.kind === 'psa' ? [[l.id, psaLabel(l.source.psa)] as const] : [],
      ),
    )
    return psaOfLine.get(lineId)
  }
  // Two customers of one name are told apart (customerLabels), as on every other list.
  const customerName = (customerId: string) =>
    (labels ??= customerLabels(register)).get(customerId) ?? 'A customer no longer in the register'
  const distributorOfSubscription = (id: string) =>
    (distributorOf ??= new Map(register.subscriptions.map((s) => [s.id, s.distributor]))).get(id)
  const distributors = (finding: Finding) => {
    let names = distributorsKept.get(finding)
    if (names) return names
    const found = new Set<string>()
    for (const id of finding.subscriptionIds) {
      const name = distributorOfSubscription(id)
      if (name !== undefined) found.add(name)
    }
    names = [...found].sort(compareText)
    distributorsKept.set(finding, names)
    return names
  }
  return {
    customerName,
    distributors,
    distributorOf: distributorOfSubscription,
    row(finding) {
      let row = rowsKept.get(finding)
      if (!row) {
        row = {
          finding,
          customerName: customerName(finding.customerId),
          distributors: distributors(finding),
          kindLabel: FINDING_KIND_LABELS[finding.kind],
        }
        const psa = linePsa(finding.lineId)
        if (psa !== undefined) row.linePsa = psa
        rowsKept.set(finding, row)
      }
      return row
    },
  }
}

/** The rows of `findings` (already by money at stake, as reconcile orders them), all built now. */
export function findingRows(register: Register, findings: readonly Finding[]): FindingRow[] {
  const words = findingWords(register)
  return findings.map((finding) => words.row(finding))
}

const isNoFilter = (filter: FindingFilter) =>
  filter.kind === '' &&
  filter.customerId === '' &&
  filter.distributor === '' &&
  filter.currency === ''

/**
 * The findings that pass every part of the filter, in the order given (the list itself when
 * nothing is filtered); only the distributor part needs their words.
 */
export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  words: Pick<FindingWords, 'distributors'>,
): readonly Finding[] {
  if (isNoFilter(filter)) return findings
  return findings.filter(
    (finding) =>
      (filter.kind === '' || finding.kind === filter.kind) &&
      (filter.customerId === '' || finding.customerId === filter.customerId) &&
      (filter.currency === '' || finding.currency === filter.currency) &&
      (filter.distributor === '' || words.distributors(finding).includes(filter.distributor)),
  )
}

/**
 * The choices of the short filters (kind, distributor, currency): only values some finding has,
 * sorted as a person reads them. The customers are many: customerChoices, when the picker opens.
 */
export function filterChoices(
  findings: readonly Finding[],
  words: Pick<FindingWords, 'distributorOf'>,
) {
  const distributors = new Set<string>()
  const currencies = new Set<string>()
  const kinds = new Set<FindingKind>()
  // By subscription, not by finding's `distributors`: that sorts and keeps a list per finding,
  // 70 ms of the first drawing at 40,000 findings.
  for (const finding of findings) {
    for (const id of finding.subscriptionIds) {
      const name = words.distributorOf(id)
      if (name !== undefined) distributors.add(name)
    }
    if (finding.currency !== undefined) currencies.add(finding.currency)
    kinds.add(finding.kind)
  }
  return {
    kinds: FINDING_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({
      value: kind,
      label: FINDING_KIND_LABELS[kind],
    })),
    distributors: [...distributors].sort(compareText),
    currencies: [...currencies].sort(compareText),
  }
}

/** The customers some finding is about, by name, for the Customer filter's searchable picker. */
export function customerChoices(
  findings: readonly Finding[],
  words: Pick<FindingWords, 'customerName'>,
): PickerOption[] {
  const ids = new Set(findings.map((finding) => finding.customerId))
  return [...ids]
    .map((value) => ({ value, label: words.customerName(value) }))
    .sort((a, b) => compareText(a.label, b.label))
}

/**
 * Why a finding has no amount (reconcile works one out for the others): a currency mismatch is not
 * priced across currencies, an unbilled subscription may come with no price or cost, and a margin
 * under the floor is a line still earning, only less than it should.
 */
const NO_AMOUNT: Partial<Record<FindingKind, string>> = {
  'currency-mismatch': 'No amount: the currencies differ',
  unbilled: 'No amount: the distributor gives no price or cost',
  'margin-below-floor': 'No amount: the margin is under the floor',
}

/** The money per month at stake, in words: "7.50 EUR a month not billed". */
export function impactWords(
  finding: Pick<Finding, 'kind' | 'monthlyImpact' | 'currency'>,
  format: (amount: number, currency: string | undefined) => string,
): string {
  if (finding.monthlyImpact === undefined) return NO_AMOUNT[finding.kind] ?? 'No amount worked out'
  if (finding.monthlyImpact === 0) return 'Nothing a month'
  const amount = format(Math.abs(finding.monthlyImpact), finding.currency)
  return finding.monthlyImpact > 0
    ? `${amount} a month not billed`
    : `${amount} a month overcharged`
}

/** A quantity, or a dash where the finding has none (an unbilled subscription has no line). */
export const quantityWords = (n: number | undefined) => (n === undefined ? '—' : String(n))

const PLAN_OPS: ReadonlySet<string> = new Set(
  PlanOperationSchema.options.map((option) => option.entries.op.literal),
)
const isPlanOperation = (operation: Operation): operation is PlanOperation =>
  PLAN_OPS.has(operation.op)

/**
 * Approving the chosen findings: one plan of kind 'reconciliation' carrying each finding's
 * operations, made from the register version they were found in. Findings with nothing to
 * apply (a currency mismatch) are left out: they are for a person to fix or dismiss.
 */
export function approvalPlan(findings: readonly Finding[], baseVersion: number): Plan {
  const summary = emptySummary()
  const operations: PlanOperation[] = []
  for (const finding of findings)
    for (const operation of finding.operations) {
      if (!isPlanOperation(operation)) continue
      operations.push(operation)
      countOperation(summary, operation.op)
    }
  return {
    kind: 'reconciliation',
    connectionId: '',
    baseVersion,
    operations,
    skipped: [],
    quarantine: [],
    summary,
  }
}

/**
 * Approving the findings of `ids` as a reconciliation of the current register finds them: the
 * plan of those still there (same fingerprint), and how many are gone (resolved or changed since).
 */
export function approvalOf(
  current: readonly Finding[],
  ids: ReadonlySet<string>,
  baseVersion: number,
): { plan: Plan; missing: number } {
  const found = current.filter((finding) => ids.has(finding.id))
  return { plan: approvalPlan(found, baseVersion), missing: ids.size - found.length }
}

/**
 * The subscription a "not billed" finding is about, which may instead be marked not billable
 * (its other resolution: a person gives the reason); undefined for the other kinds.
 */
export function subscriptionOfFinding(
  register: Register | undefined,
  finding: Finding,
): Subscription | undefined {
  if (finding.kind !== 'unbilled' || !register) return undefined
  const [id] = finding.subscriptionIds
  return register.subscriptions.find((s) => s.id === id)
}

/** Whether approving the finding would change anything. */
export const canApprove = (finding: Finding) => finding.operations.some(isPlanOperation)

export const FINDINGS_CSV_COLUMNS = [
  'kind',
  'customer',
  'distributors',
  'distributor quantity',
  'billed quantity',
  'money per month',
  'currency',
  'reasons',
] as const

/** The rows as CSV, in the order shown (core toCsv guards cells that would run as formulas). */
export function findingsToCsv(rows: readonly FindingRow[]): string {
  return toCsv([
    FINDINGS_CSV_COLUMNS,
    ...rows.map((row) => [
      row.kindLabel,
      row.customerName,
      row.distributors.join(', '),
      row.finding.distributorQuantity,
      row.finding.billedQuantity,
      row.finding.monthlyImpact,
      row.finding.currency,
      row.finding.reasons.join(' '),
    ]),
  ])
}

/** The findings a person dismissed, out of a reconciliation that left none out. */
export function dismissedOnly(register: Register, all: readonly Finding[]): Finding[] {
  const dismissed = new Set(register.dismissals.map((d) => d.findingId))
  return all.filter((finding) => dismissed.has(finding.id))
}

/** The register with no dismissals: what reconcile is given to list the dismissed ones too. */
export const withoutDismissals = (register: Register): Register => ({
  ...register,
  dismissals: [],
})
