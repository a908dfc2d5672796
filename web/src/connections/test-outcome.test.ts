import { DistributorErrorKindSchema } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { testOutcome } from './test-outcome'

describe('testOutcome', () => {
  it('shows what the distributor said about the account when the test passes', () => {
    expect(
      testOutcome({
        ok: true,
        message: 'Connected to Contoso Ltd.',
        details: { companyName: 'Contoso Ltd' },
      }),
    ).toEqual({
      ok: true,
      title: 'The connection works',
      message: 'Connected to Contoso Ltd.',
      details: [{ label: 'Company Name', value: 'Contoso Ltd' }],
      nextStep: '',
    })
  })

  it('keeps the precise failure and adds what to do for a refused secret', () => {
    const outcome = testOutcome({
      ok: false,
      kind: 'auth',
      message: 'Sherweb rejected the client secret (401).',
    })
    expect(outcome.ok).toBe(false)
    expect(outcome.message).toBe('Sherweb rejected the client secret (401).')
    expect(outcome.nextStep).toContain('Correct the credentials')
  })

  it('tells the user nothing needs changing when the distributor is down', () => {
    expect(testOutcome({ ok: false, kind: 'unavailable', message: 'x' }).nextStep).toContain(
      'Try again later',
    )
  })

  it('gives a next step for every kind of failure the edge can answer', () => {
    for (const kind of DistributorErrorKindSchema.options) {
      expect(testOutcome({ ok: false, kind, message: 'x' }).nextStep).not.toBe('')
    }
  })
})
