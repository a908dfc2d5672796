import { syncProgressFigures, type SyncNow, type SyncProgress } from '@seatkeeper/core'
import { durationWords } from '../ui/duration-words'
import { syncWords, type SyncSubject } from './sync-words'

/** How the current or last Sync now is shown: a title and a message in words. */
export type SyncNowView = {
  /** `running` until the sync ends; then whether it is good news. */
  tone: 'running' | 'ok' | 'failed'
  title: string
  message: string
  runId?: string
}

// While a Sync now runs, the web asks for its state this often.
const POLL_MS = 1_000

/**
 * The words for a Sync now (POST or GET …/sync) or, `daily`, the cron's run (GET
 * …/nightly-sync), in the terms of the connection's kind (`syncWords`).
 */
export function syncNowView(
  sync: SyncNow,
  subject: SyncSubject,
  now = Date.now(),
  which: 'sync-now' | 'daily' = 'sync-now',
): SyncNowView {
  const words = syncWords(subject)
  const titles = words.titles[which]
  switch (sync.state) {
    case 'running':
      if (sync.progress)
        return {
          tone: 'running',
          title: titles.running,
          message: `${progressWords(sync.progress, now)} It goes on if you close this page.`,
        }
      return {
        tone: 'running',
        title: titles.running,
        message:
          `${requestsSoFar(sync.requests)} to ${subject.distributorLabel} so far. This reads ` +
          `${words.reads}, so it can take a while; it goes on if you leave this page.`,
      }
    case 'finished':
      return {
        tone: 'ok',
        title:
          sync.outcome === 'applied'
            ? `${titles.finished}: the register was updated`
            : `${titles.finished}: nothing had changed`,
        message: sync.message,
        ...(sync.runId ? { runId: sync.runId } : {}),
      }
    case 'failed':
      return { tone: 'failed', title: titles.failed, message: sync.message }
  }
}

/** How often to read the Sync now again: every second while it runs, otherwise not at all. */
export function syncNowPollMs(sync: SyncNow | null | undefined): number | false {
  return sync?.state === 'running' ? POLL_MS : false
}

/**
 * A long run's progress: "Reading subscriptions: 1,200 of 20,000 customers, 240 a minute, about
 * 1 h 10 min left." The rate and the time left appear once something was read.
 */
export function progressWords(progress: SyncProgress, now: number): string {
  const count = (n: number) => n.toLocaleString('en-GB')
  const what = progress.phase === 'subscriptions' ? 'Reading subscriptions' : 'Reading customers'
  const done = `${what}: ${count(progress.done)} of ${count(progress.total)} ${progress.unit}`
  const { perMinute, secondsLeft } = syncProgressFigures(progress, now)
  if (perMinute === undefined || secondsLeft === undefined) return `${done}.`
  return `${done}, ${count(Math.round(perMinute))} a minute, about ${durationWords(secondsLeft)} left.`
}

function requestsSoFar(requests: number): string {
  if (requests === 0) return 'Starting: no requests'
  return requests === 1 ? '1 request' : `${requests.toLocaleString('en-GB')} requests`
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
