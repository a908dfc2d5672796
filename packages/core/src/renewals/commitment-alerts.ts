import { isoDay, money as plainMoney, seats, type DateWords } from '../billing/finding-words'
import { proRataCharges, type ProRataCharge } from '../billing/pro-rata'
import type { Register, Subscription } from '../model/register'
import { addDays, addMonths, daysBetween } from '../support/utc-days'
import {
  hoursLeftWords,
  inLastHours,
  instantOn,
  openWindow,
  WINDOW_DAYS,
} from './cancellation-window'
import {
  commitmentCalendar,
  isLiveSubscription,
  type CommitmentEntry,
  type CommitmentOptions,
} from './commitment-calendar'
import { costPerTerm } from './cost-per-term'
import { currentTerm } from './current-term'
import { defaultRenewalSettings, type RenewalSettings } from './renewal-settings'
import { seatAdditions } from './seat-additions'
import { seatsAboveBilled } from './seats-above-billed'

/** A commitment date a person should act on, in words. */
export type CommitmentAlert = {
  kind: 'renewal-coming' | 'window-closing' | 'trial-converting' | 'mid-term-addition'
  subscriptionId: string
  customerId: string | undefined
  /** YYYY-MM-DD: the last day to act. */
  actBy: string
  /** One sentence a person acts on, with names (customer, product, distributor), dates and money. */
  words: string
  money?: { amount: number; currency: string }
  /** The lead time (days, from the settings) a renewal or conversion is within: 30, then 7. */
  lead?: number
}

const KIND_ORDER: CommitmentAlert['kind'][] = [
  'window-closing',
  'mid-term-addition',
  'trial-converting',
  'renewal-coming',
]

/**
 * The alerts of `commitmentCalendar` for `today` (UTC days), by the MSP's lead times: a renewal
 * within a lead time with seats above what is billed; a purchase's or renewal's cancellation
 * window in its last `windowWarnHours` at `options.now` (the start of `today` when not given); a
 * trial converting within the longest lead time; seats added mid-term (from `options.runs`) whose
 * own window is open, with the co-termed pro-rata to bill. Money and days are written by
 * `options.money` and `options.date`. Soonest act-by day first.
 */
export function commitmentAlerts(
  register: Register,
  today: string,
  settings: RenewalSettings = defaultRenewalSettings,
  options: CommitmentOptions = {},
): CommitmentAlert[] {
  const money = options.money ?? plainMoney
  const now = instantOn(today, options.now)
  const customers = new Map(register.customers.map((c) => [c.id, c.name]))
  const subscriptions = new Map(register.subscriptions.map((s) => [s.id, s]))
  const above = seatsAboveBilled(register, today)
  const words: Words = {
    money,
    date: options.date ?? isoDay,
    customerOf: (s: Subscription) =>
      customers.get(s.customerId) ?? 'a customer no longer in the register',
  }
  const alerts: CommitmentAlert[] = []
  for (const entry of commitmentCalendar(register, today, settings, options)) {
    const s = subscriptions.get(entry.subscriptionId) as Subscription
    const alert = entry.trial
      ? trialConverting(s, entry, today, settings, words)
      : renewalComing(s, entry, today, settings, above(s), words)
    if (alert) alerts.push(alert)
    if (
      entry.window &&
      entry.window.reason !== 'addition' &&
      inLastHours(entry.window, settings.windowWarnHours, now)
    )
      alerts.push(windowClosing(s, entry, words))
  }
  alerts.push(...midTermAdditions(register, subscriptions, today, now, options, words))
  return alerts.sort(
    (a, b) =>
      cmp(a.actBy, b.actBy) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      cmp(a.words, b.words),
  )
}

type Words = {
  money: (amount: number, currency: string) => string
  date: DateWords
  customerOf: (s: Subscription) => string
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const of = (s: Subscription, words: Words) =>
  `${words.customerOf(s)}'s ${s.name} from ${s.distributor}`

const termWords = (months: number) =>
  months === 1
    ? 'month'
    : months === 12
      ? 'year'
      : months % 12 === 0
        ? `${months / 12} years`
        : `${months} months`

/** The smallest lead time `days` is within, of those shorter than the term. */
function leadFor(days: number, leads: readonly number[], termDays: number): number | undefined {
  let lead: number | undefined
  for (const l of leads) if (l < termDays && days <= l && (lead === undefined || l < lead)) lead = l
  return lead
}

function renewalComing(
  s: Subscription,
  entry: CommitmentEntry,
  today: string,
  settings: RenewalSettings,
  unbilled: number | undefined,
  words: Words,
): CommitmentAlert | undefined {
  const next = entry.nextRenewal
  if (next === undefined || s.autoRenew === false || !unbilled) return undefined
  const days = daysBetween(today, next)
  const term = s.termMonths !== undefined && s.termMonths > 0 ? s.termMonths : undefined
  const termDays = term === undefined ? Infinity : daysBetween(addMonths(next, -term), next)
  const lead = leadFor(days, settings.leadDays, termDays)
  if (days < 1 || lead === undefined) return undefined
  const actBy = addDays(next, -1)
  const cost = costPerTerm(s, term, unbilled)
  // Seats that cost nothing (a consumption plan's one seat) put no money at stake.
  if (cost?.amount === 0) return undefined
  const renews =
    s.autoRenew === undefined
      ? `renews on ${words.date(next)} unless auto-renew is off (${s.distributor} does not say; new commerce renews by default)`
      : `renews on ${words.date(next)}${term === undefined ? '' : ` for another ${termWords(term)}`}`
  const which =
    unbilled === s.quantity
      ? s.quantity === 1
        ? `its one seat not billed to ${words.customerOf(s)}`
        : `none of its ${seats(s.quantity)} billed to ${words.customerOf(s)}`
      : `${seats(s.quantity)}, ${unbilled} more than ${words.customerOf(s)} is billed for`
  const them = unbilled === 1 ? 'it' : 'them'
  const pay = cost
    ? ` or pay ${words.money(cost.amount, cost.currency)} for ${them} for the ${term === undefined ? 'term' : termWords(term)}`
    : ''
  return {
    kind: 'renewal-coming',
    subscriptionId: s.id,
    customerId: s.customerId,
    actBy,
    words: `${of(s, words)} ${renews} with ${which}: reduce ${them} by ${words.date(actBy)}${pay}.`,
    ...(cost ? { money: cost } : {}),
    lead,
  }
}

function trialConverting(
  s: Subscription,
  entry: CommitmentEntry,
  today: string,
  settings: RenewalSettings,
  words: Words,
): CommitmentAlert | undefined {
  const converts = entry.trialConverts
  if (converts === undefined) return undefined
  const days = daysBetween(today, converts)
  const lead = leadFor(days, settings.leadDays, Infinity)
  if (days < 1 || lead === undefined) return undefined
  const actBy = addDays(converts, -1)
  const cost = entry.costPerTerm
  const price = cost ? ` (${words.money(cost.amount, cost.currency)} for the year)` : ''
  return {
    kind: 'trial-converting',
    subscriptionId: s.id,
    customerId: s.customerId,
    actBy,
    words: `${of(s, words)} is a trial that becomes a paid one-year subscription of ${seats(s.quantity)} on ${words.date(converts)}${price}: cancel it or turn auto-renew off by ${words.date(actBy)} unless ${words.customerOf(s)} will pay for it.`,
    ...(cost ? { money: cost } : {}),
    lead,
  }
}

function windowClosing(s: Subscription, entry: CommitmentEntry, words: Words): CommitmentAlert {
  const window = entry.window as NonNullable<CommitmentEntry['window']>
  const cost = entry.costPerTerm
  const how = window.reason === 'purchase' ? 'bought' : 'renewed'
  const until = entry.nextRenewal === undefined ? 'its term ends' : words.date(entry.nextRenewal)
  const price = cost ? `, ${words.money(cost.amount, cost.currency)} for the term` : ''
  return {
    kind: 'window-closing',
    subscriptionId: s.id,
    customerId: s.customerId,
    actBy: addDays(window.closes, -1),
    words: `${of(s, words)} was ${how} on ${words.date(window.opened)}: reduce or cancel its ${seats(window.seats)} before ${words.date(window.closes)} (${hoursLeftWords(window.hoursLeft)}) or they stay until ${until}${price}.`,
    ...(cost ? { money: cost } : {}),
  }
}

function midTermAdditions(
  register: Register,
  subscriptions: Map<string, Subscription>,
  today: string,
  now: number,
  options: CommitmentOptions,
  words: Words,
): CommitmentAlert[] {
  const runs = options.runs ?? []
  if (runs.length === 0) return []
  const charges = new Map<string, ProRataCharge>()
  const period = { start: addDays(today, -WINDOW_DAYS), end: today }
  for (const c of proRataCharges(register, runs, period))
    charges.set(`${c.runId} ${c.subscriptionId}`, c)
  const alerts: CommitmentAlert[] = []
  for (const [id, additions] of seatAdditions(runs, today)) {
    const s = subscriptions.get(id)
    if (!s || s.trial === true || !isLiveSubscription(s)) continue
    const term = currentTerm(s, today, words.date)
    for (const a of additions) {
      const window = openWindow(a.date, today, now)
      if (!window || (term.start !== undefined && a.date <= term.start)) continue
      const charge = charges.get(`${a.runId} ${s.id}`)
      const bill = charge
        ? `; bill ${words.customerOf(s)} ${words.money(charge.amount, charge.currency)} pro-rata for them to ${words.date(charge.until)}`
        : ''
      alerts.push({
        kind: 'mid-term-addition',
        subscriptionId: s.id,
        customerId: s.customerId,
        actBy: addDays(window.closes, -1),
        words: `${of(s, words)} rose by ${seats(a.seats)} on ${words.date(a.date)}: the added seats can be reduced before ${words.date(window.closes)} or they stay, co-termed, until ${term.next === undefined ? 'its term ends' : words.date(term.next)}${bill}.`,
        ...(charge ? { money: { amount: charge.amount, currency: charge.currency } } : {}),
      })
    }
  }
  return alerts
}
