import type { RunView } from '@seatkeeper/core'

/**
 * Who a run was by, in words: the person (their Cloudflare Access identity), "Daily sync" for the
 * scheduled integrator, "Sync now" for a person's Sync now. The edge records "local" when the app
 * runs on loopback without Access (edge/src/auth/require-caller.ts): that is the one person at
 * this computer, shown as "You (this computer)" rather than the code word.
 */
export function actorLabel(run: Pick<RunView, 'actor' | 'trigger'>): string {
  if (run.trigger === 'cron') return 'Daily sync'
  const person = personLabel(run.actor)
  if (run.trigger === 'sync-now') return person ? `Sync now (${person})` : 'Sync now'
  return person ?? 'Import'
}

function personLabel(actor: string): string | undefined {
  if (actor === 'local') return 'You (this computer)'
  // The integrator's own runs carry no person.
  if (actor === 'integrator' || actor === '') return undefined
  return actor
}
