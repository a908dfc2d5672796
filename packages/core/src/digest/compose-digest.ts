import type { BillingTotals } from '../api/billing'
import type { RunView } from '../api/runs'

/** A renewal alert as the renewals feature words it: what renews, and the day to act by. */
export type DigestRenewal = { words: string; actBy: string }

/** Everything one night's digest speaks of, gathered by the edge (edge/src/digest). */
export type DigestInput = {
  /** The UTC day the digest is for (YYYY-MM-DD). */
  day: string
  /** Connection names by id: the digest names connections, never their ids. */
  connectionNames: Readonly<Record<string, string>>
  /** The integrator's runs of the night, any outcome. */
  runs: readonly RunView[]
  /** Money at stake and findings, as stored after the last run; absent before any. */
  totals?: BillingTotals
  /** Removals the deletion guard holds back, per connection, with its reason. */
  heldBack: readonly { connectionId: string; count: number; reason?: string }[]
  /** When a connection's credentials stop working (ISO), where the register knows it. */
  credentialExpiries: readonly { connectionId: string; expiresAt: string }[]
  renewals: readonly DigestRenewal[]
  /** How money is written; Intl's currency format in English when not given. */
  money?: (amount: number, currency: string) => string
}

export type DigestSection = { heading: string; lines: string[] }
export type Digest = { title: string; sections: DigestSection[]; text: string }

/** Credentials expiring within this many days are in the digest. */
export const CREDENTIAL_WARNING_DAYS = 14

const DAY_MS = 86_400_000

/** The night's digest in words a person reads: what failed and why, what is at stake, what to do. */
export function composeDigest(input: DigestInput): Digest {
  const money = input.money ?? englishMoney
  const name = (id: string | undefined) =>
    (id && input.connectionNames[id]) || 'A connection that no longer exists'
  const sections: DigestSection[] = []

  const failed = input.runs.filter((r) => r.outcome === 'failed')
  if (failed.length > 0) {
    sections.push({
      heading: 'Runs that failed',
      lines: capped(
        failed.map(
          (r) =>
            `${name(r.connectionId)} failed at ${clock(r.startedAt)} UTC: ${sentence(r.reason ?? 'no reason was recorded')} ` +
            'Fix what it says, then press Sync now on the connection.',
        ),
        (more) => `…and ${plural(more, 'more failed run')}: open Runs, filtered to failed ones.`,
      ),
    })
  }

  const today = Date.parse(`${input.day}T00:00:00Z`)
  const expiring = input.credentialExpiries
    .map((e) => ({ ...e, days: Math.floor((Date.parse(e.expiresAt) - today) / DAY_MS) }))
    .filter((e) => Number.isFinite(e.days) && e.days <= CREDENTIAL_WARNING_DAYS)
    .sort((a, b) => a.days - b.days)
  if (expiring.length > 0) {
    sections.push({
      heading: 'Credentials close to expiry',
      lines: expiring.map(
        (e) =>
          `${name(e.connectionId)}'s credentials ${e.days < 0 ? 'stopped' : 'stop'} working on ${englishDate(e.expiresAt)} (${inDays(e.days)}). ` +
          "Issue new ones in the distributor's portal and save them on the connection.",
      ),
    })
  }

  const stakes = Object.entries(input.totals?.byCurrency ?? {})
    .filter(([, t]) => t.leakage !== 0 || t.overcharge !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
  if (input.totals && stakes.length > 0) {
    sections.push({
      heading: 'Money at stake',
      lines: [
        ...stakes.map(
          ([currency, t]) =>
            `${money(t.leakage, currency)} a month not billed, ${money(Math.abs(t.overcharge), currency)} a month overcharged.`,
        ),
        `${plural(input.totals.findings, 'finding')} to look at: open Reconciliation to fix them.`,
      ],
    })
  }

  const held = input.heldBack.filter((h) => h.count > 0)
  if (held.length > 0) {
    sections.push({
      heading: 'Removals held back',
      lines: held.map(
        (h) =>
          `${name(h.connectionId)}: ${plural(h.count, 'removal')} held back${h.reason ? ` (${unsentence(h.reason)})` : ''}. ` +
          'Release them or keep the subscriptions on the connection.',
      ),
    })
  }

  if (input.renewals.length > 0) {
    sections.push({
      heading: 'Renewals coming',
      lines: capped(
        [...input.renewals]
          .sort((a, b) => a.actBy.localeCompare(b.actBy))
          .map((r) => `${sentence(r.words)} Act by ${englishDate(r.actBy)}.`),
        (more) =>
          `…and ${plural(more, 'more decision')} after these: open Renewals for every one of them.`,
      ),
    })
  }

  const fine = input.runs.length - failed.length
  sections.push({
    heading: 'Runs',
    lines: [
      input.runs.length === 0
        ? 'No integrator runs last night: turn the integrator on for a connection to have it synced daily.'
        : failed.length === 0
          ? `All ${plural(input.runs.length, 'run')} fine.`
          : `${fine} of ${plural(input.runs.length, 'run')} fine, ${failed.length} failed.`,
    ],
  })

  const title = `Seatkeeper digest for ${englishDate(input.day)}: ${headline(failed.length, sections.length)}`
  return { title, sections, text: toText(title, sections) }
}

function headline(failed: number, sections: number): string {
  if (failed > 0) return `${plural(failed, 'run')} failed`
  return sections > 1 ? 'things to look at' : 'all fine'
}

function toText(title: string, sections: readonly DigestSection[]): string {
  const blocks = sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join('\n'))
  return [title, ...blocks].join('\n\n')
}

/**
 * The most lines a section lists: a webhook message is read at a glance (and Slack refuses a
 * section over 3,000 characters), so the soonest come first and the rest are counted.
 */
export const DIGEST_SECTION_LINES = 10

function capped(lines: string[], more: (count: number) => string): string[] {
  if (lines.length <= DIGEST_SECTION_LINES) return lines
  return [...lines.slice(0, DIGEST_SECTION_LINES), more(lines.length - DIGEST_SECTION_LINES)]
}

/** Money as the digest writes it: Intl's currency format in English ("A$1,234.50"). */
export function englishMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency}`
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** "3 December 2026" from an ISO date or time, in UTC: how the digest writes a day. */
export function englishDate(iso: string): string {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (!Number.isFinite(time)) return iso
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time)
}

/** "04:02" (UTC) from an ISO time. */
const clock = (iso: string) => iso.slice(11, 16)

function inDays(days: number): string {
  if (days < 0) return `${plural(-days, 'day')} ago`
  if (days === 0) return 'today'
  return `in ${plural(days, 'day')}`
}

/** Ends with a full stop unless it already ends a sentence. */
const sentence = (s: string) => (/[.!?]["”')]?$/.test(s.trim()) ? s.trim() : `${s.trim()}.`)
/** Without its closing full stop, to sit inside brackets. */
const unsentence = (s: string) => s.trim().replace(/\.$/, '')
