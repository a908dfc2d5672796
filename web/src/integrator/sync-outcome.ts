import type { SyncOutcome } from '@seatkeeper/core'

/** How a Sync now answer is shown: a title in words and whether it is good news. */
export function syncOutcome(result: SyncOutcome): {
  ok: boolean
  title: string
  message: string
  runId?: string
} {
  const titles: Record<SyncOutcome['outcome'], string> = {
    applied: 'Sync finished: the register was updated',
    'no-changes': 'Sync finished: nothing had changed',
    failed: 'Sync failed',
    busy: 'A sync of this connection is already running',
  }
  return {
    ok: result.outcome === 'applied' || result.outcome === 'no-changes',
    title: titles[result.outcome],
    message: result.message,
    ...(result.runId ? { runId: result.runId } : {}),
  }
}

/**
 * The two answers to "when a subscription disappears at the distributor", in words. `true` is the
 * setting `deactivateDeleted` on: the seed integrations' "Deactivate subscriptions when deleted
 * upstream".
 */
export function disappearanceChoices(distributor: string) {
  return {
    question: `When a subscription disappears at ${distributor}:`,
    deactivate: 'make it inactive here',
    zero: 'keep it but set its quantity to 0',
    seed: 'The seed integrations called this “Deactivate subscriptions when deleted upstream”: on is “make it inactive here”.',
  }
}
