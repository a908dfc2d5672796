import { twoDecimals } from '../mapping/evidence-score'
import { AUTO_ACCEPT_MARGIN } from '../mapping/suggest-accept'
import { HIGH_CONFIDENCE } from '../mapping/suggest-mappings'
import type { BillingLine } from '../model/billing'
import type { Register, Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { productKey, productWords } from './product-aliases'
import { isCounted, takesPart } from './counted'

/** A line a subscription may be billed on, with how sure and why (as customer-mapping candidates). */
export type BillingLinkCandidate = {
  lineId: string
  description: string
  /** 0–1, two decimals. */
  confidence: number
  /** Sentences a billing person understands, strongest evidence first. */
  reasons: string[]
  /** confidence ≥ HIGH_CONFIDENCE */
  high: boolean
}

/** An unlinked subscription and the lines of its customer it may be billed on, best first. */
export type BillingLinkSuggestion = {
  subscriptionId: string
  customerId: string
  candidates: BillingLinkCandidate[]
}

export type SuggestBillingLinksOptions = {
  /** The day lines are judged active on (YYYY-MM-DD); today when unset. */
  today?: string
  /** Candidates kept per subscription; 3 when absent. */
  limit?: number
}

// Each piece of evidence's weight; they combine as independent signals (1 − Π(1 − w)), so an equal
// item code and an equal product name together reach 0.9, "high", and nothing else alone does.
const WEIGHTS = { itemCode: 0.75, name: 0.6, someWords: 0.4, quantity: 0.2, period: 0.1 } as const
const MIN_CONFIDENCE = 0.2
// A line in another currency can be the product, but should not be linked without a look.
const OTHER_CURRENCY_CAP = 0.5

/**
 * For each counted subscription with seats that is not billed on an active line of its customer,
 * the active lines of that customer it may belong to, scored on item code = SKU, the product name
 * (aliases in product-aliases.ts), quantity and period; never high for a line other subscriptions
 * compete for. Deterministic; a person accepts them (or `autoAcceptBillingLinks` above a
 * threshold).
 */
export function suggestBillingLinks(
  register: Register,
  options: SuggestBillingLinksOptions = {},
): BillingLinkSuggestion[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const limit = options.limit ?? 3
  const keys = new Map<string, { key: string; words: Set<string> }>()
  const nameOf = (name: string) => {
    let entry = keys.get(name)
    if (!entry)
      keys.set(name, (entry = { key: productKey(name), words: new Set(productWords(name)) }))
    return entry
  }
  const linesOf = new Map<string, BillingLine[]>()
  const active = new Set<string>()
  for (const line of register.billingLines) {
    if (!takesPart(line, today)) continue
    active.add(line.id)
    const list = linesOf.get(line.customerId)
    if (list) list.push(line)
    else linesOf.set(line.customerId, [line])
  }
  // A line already feeding on a live subscription, and a line that is the high candidate of
  // several subscriptions, is contested: at most one of them is what it bills, as far as the
  // evidence can tell (the sandbox served by several distributors has every product once per
  // distributor, and auto-accept linked them all to the one line: docs/core-rules.md).
  const linkedTo = new Map<string, number>()
  const highFor = new Map<string, number>()
  const found: { s: Subscription; candidates: BillingLinkCandidate[] }[] = []
  for (const s of register.subscriptions) {
    if (!isCounted(s) || s.quantity === 0) continue
    if (s.billingLineId !== undefined && active.has(s.billingLineId)) {
      linkedTo.set(s.billingLineId, (linkedTo.get(s.billingLineId) ?? 0) + 1)
      continue
    }
    const lines = linesOf.get(s.customerId)
    if (!lines) continue
    const candidates: BillingLinkCandidate[] = []
    for (const line of lines) {
      const candidate = score(s, line, nameOf)
      if (!candidate) continue
      candidates.push(candidate)
      if (candidate.high) highFor.set(line.id, (highFor.get(line.id) ?? 0) + 1)
    }
    if (candidates.length > 0) found.push({ s, candidates })
  }
  const out: BillingLinkSuggestion[] = []
  for (const { s, candidates } of found) {
    for (const candidate of candidates)
      if (candidate.high)
        contest(candidate, (highFor.get(candidate.lineId) ?? 1) - 1, linkedTo.get(candidate.lineId))
    candidates.sort((a, b) => b.confidence - a.confidence || (a.lineId < b.lineId ? -1 : 1))
    out.push({
      subscriptionId: s.id,
      customerId: s.customerId,
      candidates: candidates.slice(0, limit),
    })
  }
  return out
}

// A contested candidate stays on the list, below high, so a person chooses.
const CONTESTED_CAP = 0.8

function contest(candidate: BillingLinkCandidate, rivals: number, linked = 0) {
  if (rivals === 0 && linked === 0) return
  if (rivals > 0)
    candidate.reasons.push(
      `But ${rivals} other subscription${rivals === 1 ? '' : 's'} of this customer could be billed on this line too: choose which.`,
    )
  if (linked > 0)
    candidate.reasons.push(
      `But the line already bills ${linked === 1 ? 'another subscription' : `${linked} other subscriptions`}: link this one too only if the line is for both.`,
    )
  candidate.confidence = Math.min(candidate.confidence, CONTESTED_CAP)
  candidate.high = false
}

function score(
  s: Subscription,
  line: BillingLine,
  nameOf: (name: string) => { key: string; words: Set<string> },
): BillingLinkCandidate | undefined {
  const reasons: string[] = []
  let miss = 1
  const add = (weight: number, reason: string) => {
    miss *= 1 - weight
    reasons.push(reason)
  }
  if (s.sku && line.itemCode && s.sku.trim().toLowerCase() === line.itemCode.trim().toLowerCase())
    add(WEIGHTS.itemCode, `The line's item code is the subscription's SKU (${s.sku}).`)
  const a = nameOf(s.name)
  const b = nameOf(line.description)
  if (a.key !== '' && a.key === b.key) {
    add(WEIGHTS.name, `"${line.description}" names the same product as "${s.name}".`)
  } else {
    let shared = 0
    for (const word of a.words) if (b.words.has(word)) shared++
    const union = a.words.size + b.words.size - shared
    if (shared > 0 && union > 0)
      add(
        WEIGHTS.someWords * (shared / union),
        `"${line.description}" shares ${shared} of ${union} product words with "${s.name}".`,
      )
  }
  if (reasons.length === 0) return undefined
  if (line.quantity === s.quantity) add(WEIGHTS.quantity, `Both have ${s.quantity} seats.`)
  if ((s.billingCycle ?? 'monthly') === line.period) add(WEIGHTS.period, `Both are ${line.period}.`)
  let confidence = 1 - miss
  if (s.currency && s.currency !== line.currency) {
    confidence = Math.min(confidence, OTHER_CURRENCY_CAP)
    reasons.push(
      `But the line is billed in ${line.currency} and the subscription in ${s.currency}.`,
    )
  }
  confidence = twoDecimals(confidence)
  if (confidence < MIN_CONFIDENCE) return undefined
  return {
    lineId: line.id,
    description: line.description,
    confidence,
    reasons,
    high: confidence >= HIGH_CONFIDENCE,
  }
}

/**
 * The links a person has agreed to take on trust: each suggestion's top candidate when it reaches
 * `threshold` (at least HIGH_CONFIDENCE) and the runner-up trails it by 0.1 or more, as for
 * customer mappings (autoAcceptSuggestions).
 */
export function autoAcceptBillingLinks(
  register: Register,
  suggestions: readonly BillingLinkSuggestion[],
  threshold: number,
): Operation[] {
  if (!(threshold >= HIGH_CONFIDENCE && threshold <= 1)) {
    throw new RangeError(
      `The auto-accept threshold must be between ${HIGH_CONFIDENCE} and 1, not ${threshold}: ` +
        'below that, links would be made on evidence a person should check.',
    )
  }
  const current = new Map(register.subscriptions.map((s) => [s.id, s.billingLineId]))
  const operations: Operation[] = []
  for (const suggestion of suggestions) {
    const [top, runnerUp] = suggestion.candidates
    if (!top || top.confidence < threshold) continue
    const gap = Math.round((top.confidence - (runnerUp?.confidence ?? 0)) * 100)
    if (gap < AUTO_ACCEPT_MARGIN * 100) continue
    operations.push({
      op: 'linkSubscription',
      subscriptionId: suggestion.subscriptionId,
      before: { billingLineId: current.get(suggestion.subscriptionId) ?? null },
      after: { billingLineId: top.lineId },
    })
  }
  return operations
}
