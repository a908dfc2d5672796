import type { PlanSummary } from '@seatkeeper/core'
import { durationWords } from '../ui/duration-words'

/**
 * A run's counts in words, leaving out what did not happen: "2 customers created · 5 subscriptions
 * updated". The summary does not count the register's own operations (top levels, the removals an
 * undo makes), so a run with only those says how many records it changed instead of "No changes".
 */
export function summaryText(summary: PlanSummary, operations = 0): string {
  const parts: string[] = []
  const add = (count: number, noun: string, verb: string) => {
    if (count > 0) parts.push(`${count} ${noun}${count === 1 ? '' : 's'} ${verb}`)
  }
  add(summary.customers.create, 'customer', 'created')
  add(summary.customers.update, 'customer', 'updated')
  add(summary.subscriptions.create, 'subscription', 'created')
  add(summary.subscriptions.update, 'subscription', 'updated')
  add(summary.subscriptions.deactivate, 'subscription', 'deactivated')
  add(summary.subscriptions.zero, 'subscription', 'set to 0')
  add(summary.subscriptions.quarantined, 'removal', 'held back')
  add(summary.billingLines?.create ?? 0, 'billing line', 'imported')
  add(summary.billingLines?.update ?? 0, 'billing line', 'updated')
  add(summary.billingLines?.deactivate ?? 0, 'billing line', 'made inactive')
  add(summary.mappings.add, 'mapping', 'added')
  add(summary.mappings.update, 'mapping', 'updated')
  add(summary.mappings.remove, 'mapping', 'removed')
  if (parts.length > 0) return parts.join(' · ')
  return operations > 0
    ? `${operations} record${operations === 1 ? '' : 's'} changed`
    : 'No changes'
}

/** Run kinds in words for the ledger. */
export const RUN_KIND_LABEL = {
  'customer-import': 'Customer import',
  'subscription-import': 'Subscription import',
  sync: 'Daily sync',
  mappings: 'Mapping changes',
  manual: 'Manual edit',
  'csv-import': 'CSV import',
  undo: 'Undo',
  'quarantine-release': 'Released removal',
  reconciliation: 'Reconciliation approval',
  'billing-import': 'PSA billing import',
} as const

export const RUN_TRIGGER_LABEL = {
  user: 'By hand',
  cron: 'Scheduled',
  'sync-now': 'Sync now',
} as const

/** What a run came to, in words; a run recorded before outcomes existed reads as 'changed'. */
export const RUN_OUTCOME_LABEL = {
  changed: 'Changed the register',
  unchanged: 'Nothing to change',
  failed: 'Failed',
  'held-back': 'Removals held back',
} as const

/** How long a run took and what it asked of the distributor, in words ("12 s, 40 requests"). */
export function costText(run: {
  startedAt: string
  finishedAt: string
  requests?: number
}): string {
  const ms = Math.max(0, Date.parse(run.finishedAt) - Date.parse(run.startedAt))
  const took = durationWords(ms / 1000)
  if (run.requests === undefined) return took
  return `${took}, ${run.requests} request${run.requests === 1 ? '' : 's'} to the distributor`
}
