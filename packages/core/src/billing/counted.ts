import type { BillingLine } from '../model/billing'
import type { Subscription } from '../model/register'

/** True when a subscription's seats are owed by the customer: live, paid, and billable. */
export function isCounted(s: Subscription): boolean {
  return (
    s.active &&
    (s.status === 'active' || s.status === 'suspended') &&
    s.trial !== true &&
    s.notBillable === undefined
  )
}

/** True for a trial still running at the distributor: live, so not cancelled, but paid by nobody. */
export function isLiveTrial(s: Subscription): boolean {
  return s.trial === true && s.active && (s.status === 'active' || s.status === 'suspended')
}

/** True when a line is billed on `today`: active, recurring, and within its start and end. */
export function takesPart(line: BillingLine, today: string): boolean {
  return (
    !line.inactive &&
    line.period !== 'one-time' &&
    (line.startDate === undefined || line.startDate <= today) &&
    (line.endDate === undefined || today <= line.endDate)
  )
}
