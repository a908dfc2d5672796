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

/** The Integrator's rule for a subscription deleted upstream, in words, for the option's help line. */
export function deletionRule(deactivateDeleted: boolean): string {
  return deactivateDeleted
    ? 'A subscription deleted at the distributor becomes inactive here.'
    : 'When this is off, a subscription deleted at the distributor keeps its status here and its quantity becomes 0.'
}
