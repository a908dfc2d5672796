import { DistributorError } from '@seatkeeper/distributors'
import { describe, expect, it } from 'vitest'
import { ConnectionNotFoundError, CredentialsUnreadableError } from '../vault'
import { classifyFailure } from './classify-failure'

const distributorError = (kind: DistributorError['kind'], retryAfterMs?: number) =>
  new DistributorError({
    kind,
    distributor: 'rhipe',
    call: 'GET /customers',
    message: 'Rhipe said no.',
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  })

describe('classifyFailure', () => {
  it('retries an unavailable distributor after five minutes and says it is unavailable', () => {
    const failure = classifyFailure(distributorError('unavailable'))
    expect(failure.retryAfterSeconds).toBe(300)
    expect(failure.message).toMatch(
      /^The distributor is unavailable; nothing was changed.*Rhipe said no\.$/,
    )
  })

  it('names a PSA that is unavailable or rate limiting by its name, not as the distributor', () => {
    const halo = (kind: DistributorError['kind']) =>
      new DistributorError({
        kind,
        distributor: 'halopsa',
        call: 'GET /api/Client',
        message: 'Halo said no.',
      })
    expect(classifyFailure(halo('unavailable'), 'sync-now').message).toMatch(
      /^HaloPSA is unavailable; nothing was changed and press Sync now again in a few minutes\. Halo said no\.$/,
    )
    expect(classifyFailure(halo('rate-limited')).message).toMatch(
      /^HaloPSA is rate limiting Seatkeeper; nothing was changed and the integrator will try again later\./,
    )
  })

  it('promises a retry only to the cron, and tells a Sync now to press again', () => {
    expect(classifyFailure(distributorError('unavailable')).message).toContain(
      'the integrator will try again later',
    )
    const syncNow = classifyFailure(distributorError('unavailable'), 'sync-now').message
    expect(syncNow).toContain('press Sync now again in a few minutes')
    expect(syncNow).not.toContain('will try again')
  })

  it('retries a rate limit when the distributor asked, within one minute and twelve hours', () => {
    expect(classifyFailure(distributorError('rate-limited', 90_000)).retryAfterSeconds).toBe(90)
    expect(classifyFailure(distributorError('rate-limited', 2_000)).retryAfterSeconds).toBe(60)
    expect(
      classifyFailure(distributorError('rate-limited', 48 * 3_600_000)).retryAfterSeconds,
    ).toBe(43_200)
  })

  it('does not retry what fails the same way every time', () => {
    for (const kind of ['auth', 'forbidden', 'not-found', 'request', 'contract'] as const) {
      expect(classifyFailure(distributorError(kind)).retryAfterSeconds).toBeUndefined()
    }
    expect(
      classifyFailure(new CredentialsUnreadableError('c1', 'Wrong key.')).retryAfterSeconds,
    ).toBeUndefined()
  })

  it('marks a deleted connection as gone', () => {
    expect(classifyFailure(new ConnectionNotFoundError('c1'))).toMatchObject({ gone: true })
  })

  it('retries an unexpected failure without showing its internals', () => {
    const failure = classifyFailure(new Error('SQLITE_BUSY at /internal/path'))
    expect(failure).toMatchObject({ retryAfterSeconds: 300, unexpected: true })
    expect(failure.message).not.toContain('SQLITE')
  })
})
