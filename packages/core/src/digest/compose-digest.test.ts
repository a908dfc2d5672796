import { describe, expect, it } from 'vitest'
import type { RunView } from '../api/runs'
import { emptySummary } from '../planning/plan-builder'
import { composeDigest, type DigestInput } from './compose-digest'

const run = (over: Partial<RunView>): RunView => ({
  id: 'run-1',
  kind: 'sync',
  connectionId: 'c-sherweb',
  trigger: 'cron',
  actor: 'integrator',
  startedAt: '2026-12-03T04:00:12.000Z',
  finishedAt: '2026-12-03T04:01:00.000Z',
  baseVersion: 1,
  version: 1,
  summary: emptySummary(),
  operations: 0,
  quarantined: 0,
  skipped: 0,
  errors: [],
  outcome: 'unchanged',
  ...over,
})

const quiet: DigestInput = {
  day: '2026-12-03',
  connectionNames: { 'c-sherweb': 'Sherweb main', 'c-also': 'ALSO Cloud AU' },
  runs: [run({ id: 'a' }), run({ id: 'b', connectionId: 'c-also', outcome: 'changed' })],
  heldBack: [],
  credentialExpiries: [],
  renewals: [],
}

describe('composeDigest', () => {
  it('says all runs were fine on a night with nothing to say', () => {
    const digest = composeDigest(quiet)
    expect(digest.title).toBe('Seatkeeper digest for 3 December 2026: all fine')
    expect(digest.sections).toEqual([{ heading: 'Runs', lines: ['All 2 runs fine.'] }])
    expect(digest.text).toBe(
      'Seatkeeper digest for 3 December 2026: all fine\n\nRuns\n- All 2 runs fine.',
    )
  })

  it('names the failed connection, its reason and what to do, before anything else', () => {
    const digest = composeDigest({
      ...quiet,
      runs: [
        ...quiet.runs,
        run({
          id: 'c',
          outcome: 'failed',
          startedAt: '2026-12-03T04:02:40.000Z',
          reason:
            'Sherweb rejected the client secret (401). Check the secret under Security > APIs in Cumulus.',
        }),
      ],
    })
    expect(digest.title).toBe('Seatkeeper digest for 3 December 2026: 1 run failed')
    expect(digest.sections[0]).toEqual({
      heading: 'Runs that failed',
      lines: [
        'Sherweb main failed at 04:02 UTC: Sherweb rejected the client secret (401). Check the secret under Security > APIs in Cumulus. ' +
          'Fix what it says, then press Sync now on the connection.',
      ],
    })
    expect(digest.sections.at(-1)).toEqual({
      heading: 'Runs',
      lines: ['2 of 3 runs fine, 1 failed.'],
    })
    expect(digest.text).not.toContain('c-sherweb')
  })

  it('writes money at stake per currency, formatted, with the number of findings', () => {
    const counts = { unbilled: 2, 'under-billed': 1 } as never
    const digest = composeDigest({
      ...quiet,
      totals: {
        version: 3,
        at: '2026-12-03T04:05:00.000Z',
        today: '2026-12-03',
        findings: 3,
        byCurrency: { AUD: { leakage: 1234.5, overcharge: -20, counts } },
        counts,
      },
    })
    expect(digest.sections[0]).toEqual({
      heading: 'Money at stake',
      lines: [
        'A$1,234.50 a month not billed, A$20.00 a month overcharged.',
        '3 findings to look at: open Reconciliation to fix them.',
      ],
    })
    expect(digest.title).toContain('things to look at')
  })

  it('warns of credentials that stop working within two weeks, soonest first, and not of later ones', () => {
    const digest = composeDigest({
      ...quiet,
      credentialExpiries: [
        { connectionId: 'c-also', expiresAt: '2026-12-10T09:00:00.000Z' },
        { connectionId: 'c-sherweb', expiresAt: '2026-12-04T09:00:00.000Z' },
        { connectionId: 'c-sherweb', expiresAt: '2027-02-01T00:00:00.000Z' },
      ],
    })
    expect(digest.sections[0]!.lines).toEqual([
      "Sherweb main's credentials stop working on 4 December 2026 (in 1 day). Issue new ones in the distributor's portal and save them on the connection.",
      "ALSO Cloud AU's credentials stop working on 10 December 2026 (in 7 days). Issue new ones in the distributor's portal and save them on the connection.",
    ])
  })

  it('lists held-back removals with the guard’s reason, and renewals by the day to act', () => {
    const digest = composeDigest({
      ...quiet,
      heldBack: [
        {
          connectionId: 'c-sherweb',
          count: 12,
          reason:
            'This run would remove 12 of 40 live subscriptions (30%), more than the 20% allowed in one run; nothing was removed.',
        },
        { connectionId: 'c-also', count: 0 },
      ],
      renewals: [
        { words: 'Contoso’s Microsoft 365 E3 renews for a year', actBy: '2026-12-20' },
        { words: 'Fabrikam’s Exchange Online renews for a year.', actBy: '2026-12-08' },
      ],
    })
    expect(digest.sections.map((s) => s.heading)).toEqual([
      'Removals held back',
      'Renewals coming',
      'Runs',
    ])
    expect(digest.sections[0]!.lines).toEqual([
      'Sherweb main: 12 removals held back (This run would remove 12 of 40 live subscriptions (30%), more than the 20% allowed in one run; nothing was removed). Release them or keep the subscriptions on the connection.',
    ])
    expect(digest.sections[1]!.lines).toEqual([
      'Fabrikam’s Exchange Online renews for a year. Act by 8 December 2026.',
      'Contoso’s Microsoft 365 E3 renews for a year. Act by 20 December 2026.',
    ])
  })

  it('lists the ten soonest renewals and counts the rest, so the message stays readable', () => {
    const renewals = Array.from({ length: 25 }, (_, i) => ({
      words: `Customer ${i + 1}’s Microsoft 365 E3 renews for a year.`,
      actBy: `2026-12-${String(i + 4).padStart(2, '0')}`,
    })).reverse()
    const lines = composeDigest({ ...quiet, renewals }).sections[0]!.lines
    expect(lines).toHaveLength(11)
    expect(lines[0]).toBe(
      'Customer 1’s Microsoft 365 E3 renews for a year. Act by 4 December 2026.',
    )
    expect(lines[9]).toMatch(/^Customer 10’s /)
    expect(lines[10]).toBe(
      '…and 15 more decisions after these: open Renewals for every one of them.',
    )
  })

  it('says when there were no runs at all and how to get some', () => {
    expect(composeDigest({ ...quiet, runs: [] }).sections[0]!.lines[0]).toMatch(
      /^No integrator runs last night: turn the integrator on/,
    )
  })
})
