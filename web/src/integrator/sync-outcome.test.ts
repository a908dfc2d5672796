import type { SyncNow } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { disappearanceChoices, syncNowPollMs, syncNowView } from './sync-outcome'

const rhipe = { kind: 'distributor', distributorLabel: 'Rhipe' } as const
const sherweb = { kind: 'distributor', distributorLabel: 'Sherweb' } as const
const halo = { kind: 'psa', distributorLabel: 'HaloPSA' } as const
const started = { id: 'sync-1', startedAt: '2026-12-02T05:00:00.000Z' }
const ended = { ...started, finishedAt: '2026-12-02T05:01:00.000Z' }

describe('syncNowView', () => {
  it('shows a running sync as syncing with its requests to the distributor so far', () => {
    expect(syncNowView({ ...started, state: 'running', requests: 1234 }, rhipe)).toEqual({
      tone: 'running',
      title: 'Syncing…',
      message: expect.stringMatching(/^1,234 requests to Rhipe so far\. .*leave this page/),
    })
    expect(syncNowView({ ...started, state: 'running', requests: 1 }, rhipe).message).toMatch(
      /^1 request to Rhipe so far/,
    )
  })

  it('shows a paged listing’s pages read of all, the rate and the time left', () => {
    const progress = {
      phase: 'customers' as const,
      unit: 'pages' as const,
      done: 30,
      total: 200,
      since: '2026-12-02T05:00:00.000Z',
    }
    const view = syncNowView(
      { ...started, state: 'running', requests: 31, progress },
      { kind: 'distributor', distributorLabel: 'ArrowSphere' },
      Date.parse('2026-12-02T05:01:00.000Z'),
    )
    // 30 a minute; 170 pages left take 5 min 40 s.
    expect(view.message).toBe(
      'Reading customers: 30 of 200 pages, 30 a minute, about 5 min 40 s left. It goes on if you close this page.',
    )
  })

  it('shows a long sync’s customers read of all, the rate and the time left', () => {
    const progress = {
      phase: 'subscriptions' as const,
      unit: 'customers' as const,
      done: 1_200,
      total: 20_000,
      since: '2026-12-02T05:00:00.000Z',
    }
    const fiveMinutesOn = Date.parse('2026-12-02T05:05:00.000Z')
    const view = syncNowView(
      { ...started, state: 'running', requests: 1_204, progress },
      sherweb,
      fiveMinutesOn,
    )
    // 1,200 in 5 minutes: 240 a minute; 18,800 left take 78 min 20 s.
    expect(view.message).toBe(
      'Reading subscriptions: 1,200 of 20,000 customers, 240 a minute, about 1 h 18 min left. It goes on if you close this page.',
    )
    expect(
      syncNowView(
        { ...started, state: 'running', requests: 1, progress: { ...progress, done: 0 } },
        sherweb,
        fiveMinutesOn,
      ).message,
    ).toBe('Reading subscriptions: 0 of 20,000 customers. It goes on if you close this page.')
  })

  it('says a sync that has sent nothing yet is starting', () => {
    expect(syncNowView({ ...started, state: 'running', requests: 0 }, sherweb).message).toMatch(
      /^Starting: no requests to Sherweb so far/,
    )
  })

  it('treats a sync with nothing to change as a success', () => {
    const sync: SyncNow = {
      ...ended,
      state: 'finished',
      outcome: 'no-changes',
      message: 'Up to date.',
    }
    expect(syncNowView(sync, rhipe)).toEqual({
      tone: 'ok',
      title: 'Sync finished: nothing had changed',
      message: 'Up to date.',
    })
  })

  it('links an applied sync to its run', () => {
    const sync: SyncNow = {
      ...ended,
      state: 'finished',
      outcome: 'applied',
      runId: 'run-9',
      message: '3 updated.',
    }
    expect(syncNowView(sync, rhipe)).toMatchObject({
      tone: 'ok',
      title: 'Sync finished: the register was updated',
      runId: 'run-9',
    })
  })

  it('says a failed sync failed and keeps the edge’s reason', () => {
    const sync: SyncNow = {
      ...ended,
      state: 'failed',
      message: 'Rhipe rejected the client secret (401).',
    }
    expect(syncNowView(sync, rhipe)).toEqual({
      tone: 'failed',
      title: 'Sync failed',
      message: 'Rhipe rejected the client secret (401).',
    })
  })
})

describe('the daily sync, as the Integrator tab shows it', () => {
  it('says it is the daily sync that runs, with the same progress words, and how it ended', () => {
    const progress = {
      phase: 'subscriptions' as const,
      unit: 'customers' as const,
      done: 250,
      total: 1_000,
      since: '2026-12-02T05:00:00.000Z',
    }
    expect(
      syncNowView(
        { ...started, state: 'running', requests: 252, progress },
        sherweb,
        Date.parse('2026-12-02T05:01:00.000Z'),
        'daily',
      ),
    ).toEqual({
      tone: 'running',
      title: 'The daily sync is running…',
      message:
        'Reading subscriptions: 250 of 1,000 customers, 250 a minute, about 3 min left. It goes on if you close this page.',
    })
    const failed: SyncNow = { ...ended, state: 'failed', message: 'Sherweb refused the secret.' }
    expect(syncNowView(failed, sherweb, Date.now(), 'daily').title).toBe('The daily sync failed')
  })
})

describe('a PSA’s Sync now and daily refresh', () => {
  it('says a running PSA sync reads its billing lines, never subscriptions', () => {
    const view = syncNowView({ ...started, state: 'running', requests: 3 }, halo)
    expect(view).toMatchObject({ tone: 'running', title: 'Syncing…' })
    expect(view.message).toBe(
      '3 requests to HaloPSA so far. This reads every company and its billing lines, so it can take a while; it goes on if you leave this page.',
    )
    expect(view.message).not.toMatch(/subscription|customer/)
  })

  it('calls the cron’s run of a PSA the daily refresh, and keeps the edge’s words on how it ended', () => {
    const running = syncNowView({ ...started, state: 'running', requests: 0 }, halo, 0, 'daily')
    expect(running.title).toBe('The daily refresh is running…')
    const finished: SyncNow = {
      ...ended,
      state: 'finished',
      outcome: 'applied',
      runId: 'run-4',
      message: '12 billing lines imported, 0 updated, 0 made inactive.',
    }
    expect(syncNowView(finished, halo, 0, 'daily')).toEqual({
      tone: 'ok',
      title: 'The daily refresh finished: the register was updated',
      message: '12 billing lines imported, 0 updated, 0 made inactive.',
      runId: 'run-4',
    })
    const failed: SyncNow = { ...ended, state: 'failed', message: 'HaloPSA is unavailable; …' }
    expect(syncNowView(failed, halo, 0, 'daily').title).toBe('The daily refresh failed')
  })
})

describe('syncNowPollMs', () => {
  it('polls only while a sync runs', () => {
    expect(syncNowPollMs({ ...started, state: 'running', requests: 3 })).toBeGreaterThan(0)
    expect(syncNowPollMs({ ...ended, state: 'failed', message: 'No.' })).toBe(false)
    expect(syncNowPollMs(null)).toBe(false)
  })
})

describe('disappearanceChoices', () => {
  it('asks about the connection’s distributor by name and offers both answers in words', () => {
    const choices = disappearanceChoices('Rhipe')
    expect(choices.question).toBe('When a subscription disappears at Rhipe:')
    expect(choices.zero).toBe('keep it but set its quantity to 0')
    expect(choices.seed).toContain('Deactivate subscriptions when deleted upstream')
  })
})
