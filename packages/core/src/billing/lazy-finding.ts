import type { Subscription } from '../model/register'
import type { Operation } from '../operations/operation'
import { stableId } from '../support/stable-id'
import type { Finding, FindingKind } from './finding'
import type { MoneyWords } from './finding-words'
import type { UnbilledLine } from './unbilled-line'

/** A finding without its words and fix: what reconcile works out for every finding. */
export type FindingNumbers = Omit<Finding, 'reasons' | 'operations'>

/** What the words and fixes of one reconciliation's findings are worked out with. */
export type FindingContext = {
  marginFloor: number | undefined
  /** Until when a subscription's seats can still be reduced, in words; undefined when not. */
  window: (s: Subscription) => string | undefined
  /** The line an unbilled subscription's fix may link it to (unbilled-line.ts). */
  unbilledLine: (s: Subscription) => UnbilledLine
  /** How the words write money (finding-words.ts `money` unless the caller gives its own). */
  money: MoneyWords
}

/**
 * A finding whose numbers are set when it is made and whose words and fix are worked out when
 * first read: a reconciliation of 100k subscriptions has tens of thousands of findings and a page
 * shows a screenful. A subclass keeps what its words need (a reference, no closures: a closure
 * keeps its whole scope alive with every finding) and says how in `explain` and `fix`.
 * `reasons` and `operations` read as arrays, worked out once and then kept; `JSON.stringify`
 * writes them like any other field.
 */
export abstract class LazyFinding implements Finding {
  id: string
  kind: FindingKind
  customerId: string
  lineId: string | undefined
  subscriptionIds: string[]
  distributorQuantity: number | undefined
  billedQuantity: number | undefined
  monthlyImpact: number | undefined
  currency: string | undefined
  #reasons: string[] | undefined
  #operations: Operation[] | undefined

  constructor(numbers: FindingNumbers) {
    this.id = numbers.id
    this.kind = numbers.kind
    this.customerId = numbers.customerId
    this.lineId = numbers.lineId
    this.subscriptionIds = numbers.subscriptionIds
    this.distributorQuantity = numbers.distributorQuantity
    this.billedQuantity = numbers.billedQuantity
    this.monthlyImpact = numbers.monthlyImpact
    this.currency = numbers.currency
  }

  protected abstract explain(): string[]
  protected abstract fix(): Operation[]

  get reasons(): string[] {
    return (this.#reasons ??= this.explain())
  }
  set reasons(reasons: string[]) {
    this.#reasons = reasons
  }

  get operations(): Operation[] {
    return (this.#operations ??= this.fix())
  }
  set operations(operations: Operation[]) {
    this.#operations = operations
  }

  toJSON(): Finding {
    return { ...this, reasons: this.reasons, operations: this.operations }
  }
}

/** A finding's id: the same kind, line, subscriptions and numbers give the same id. */
export function fingerprint(
  kind: FindingKind,
  lineId: string,
  subscriptionIds: string[],
  ...numbers: (string | number)[]
): string {
  // join writes each number as String(n) does, without an array of strings in between.
  return stableId('fnd', kind, lineId, subscriptionIds.join(','), numbers.join(','))
}
