import { describe, expect, it } from 'vitest'
import { disappearanceChoices, syncOutcome } from './sync-outcome'

describe('syncOutcome', () => {
  it('treats a sync with nothing to change as a success', () => {
    expect(syncOutcome({ outcome: 'no-changes', message: 'Up to date.' })).toEqual({
      ok: true,
      title: 'Sync finished: nothing had changed',
      message: 'Up to date.',
    })
  })

  it('links an applied sync to its run', () => {
    expect(syncOutcome({ outcome: 'applied', runId: 'run-9', message: '3 updated.' }).runId).toBe(
      'run-9',
    )
  })

  it('says a failed sync failed and keeps the edge’s reason', () => {
    expect(
      syncOutcome({ outcome: 'failed', message: 'Rhipe rejected the client secret (401).' }),
    ).toMatchObject({
      ok: false,
      message: 'Rhipe rejected the client secret (401).',
    })
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
