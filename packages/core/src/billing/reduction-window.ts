import type { Subscription } from '../model/register'
import { openWindow } from '../renewals/cancellation-window'
import { currentTerm } from '../renewals/current-term'
import { named } from './finding-words'

/**
 * For `today`: a reason saying until when a subscription's seats can still be reduced, while
 * today is inside the 7-day window of its purchase or last renewal (the renewals calendar's rules,
 * docs/core-rules.md "Renewals and commitments"); undefined outside it. Mid-term additions open
 * their own window, which only the run ledger knows, so a finding does not name it.
 */
export function reductionWindows(today: string): (s: Subscription) => string | undefined {
  return (s) => {
    const term = currentTerm(s, today)
    const window = openWindow(term.start, today)
    if (!window) return undefined
    const began = term.startedBy === 'purchase' ? 'was bought' : 'renewed'
    const until = term.next ?? 'its term ends'
    return `${named(s)} ${began} on ${window.opened} and is in its new-commerce cancellation window: reduce before ${window.closes} or it stays until ${until}.`
  }
}
