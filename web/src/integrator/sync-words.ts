import type { ConnectionView } from '../connections/connection-view-schema'

/** Whose sync it is: a distributor's (customers and subscriptions) or a PSA's (billing lines). */
export type SyncSubject = Pick<ConnectionView, 'kind' | 'distributorLabel'>

type Titles = { running: string; finished: string; failed: string }

const SYNC_NOW_TITLES: Titles = {
  running: 'Syncing…',
  finished: 'Sync finished',
  failed: 'Sync failed',
}

/** The Integrator tab's words, in a distributor's or a PSA's terms. */
export type SyncWords = {
  /** What a run reads, after "This reads". */
  reads: string
  daily: {
    legend: string
    /** The label of the switch that turns the daily run on. */
    enabled: string
    /** What the switch's state means; absent where the options below it say enough. */
    help?: (on: boolean) => string
  }
  last: { title: string; time: string; never: string }
  /** Under Sync now: what pressing it does; absent where the daily sync's words say it. */
  syncNowHelp?: string
  titles: { 'sync-now': Titles; daily: Titles }
}

/**
 * The words for the connection's daily run and Sync now. A PSA's run refreshes the billing lines
 * it owns in the register (docs/psa.md "Daily refresh"), so its words say "billing lines", never
 * "subscriptions", and name the PSA.
 */
export function syncWords(subject: SyncSubject): SyncWords {
  const name = subject.distributorLabel
  if (subject.kind === 'psa')
    return {
      reads: 'every company and its billing lines',
      daily: {
        // "Every day", not "every night": the cron's 04:00 UTC (wrangler.toml) is the afternoon
        // in Australia and New Zealand.
        legend: 'Daily refresh',
        enabled: `Refresh billing lines from ${name} every day`,
        help: (on) =>
          on
            ? `On: once a day, with the distributors’ daily sync, Seatkeeper reads ${name}’s billing lines of mapped companies and updates the lines ${name} owns here, so Reconciliation compares the distributors with what ${name} will invoice. Nothing is written to ${name}.`
            : `Off: the lines ${name} owns here change only when you press Sync now below or import them on Billing, so Reconciliation may compare against lines ${name} has changed since.`,
      },
      last: { title: 'Last refresh', time: 'Last refresh time', never: 'Never refreshed' },
      syncNowHelp: `Sync now refreshes the billing lines from ${name} at once, without a preview (Import Billing Lines on Billing shows one first). A refresh that changes something is a run with every change, which can be undone from it.`,
      titles: {
        'sync-now': SYNC_NOW_TITLES,
        daily: {
          running: 'The daily refresh is running…',
          finished: 'The daily refresh finished',
          failed: 'The daily refresh failed',
        },
      },
    }
  return {
    reads: 'every customer and subscription',
    daily: { legend: 'Daily sync', enabled: 'Enabled: sync this connection every day' },
    last: { title: 'Last sync', time: 'Last sync time', never: 'Never synced' },
    titles: {
      'sync-now': SYNC_NOW_TITLES,
      daily: {
        running: 'The daily sync is running…',
        finished: 'The daily sync finished',
        failed: 'The daily sync failed',
      },
    },
  }
}
