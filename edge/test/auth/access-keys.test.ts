import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AccessJwtError } from '../../src/auth/access-jwt-error'
import { accessCertsUrl, clearAccessKeys, MIN_REFRESH_MS } from '../../src/auth/access-keys'
import { verifyAccessJwt } from '../../src/auth/verify-access-jwt'
import { installOutbound } from '../support/outbound'
import { AUDIENCE, createTestSigner, TEAM_DOMAIN } from './test-access-team'

const first = await createTestSigner('first')
const next = await createTestSigner('next')
let published = [first]
const outbound = installOutbound({
  [TEAM_DOMAIN]: async () =>
    Response.json({
      keys: (await Promise.all(published.map((s) => s.jwks()))).flatMap((j) => j.keys),
    }),
})
// Signed once, at the real time: jose checks their exp and nbf against it.
const firstToken = await first.sign()
const nextToken = await next.sign()
const certs = () => outbound.requests.filter((r) => r.url === accessCertsUrl(TEAM_DOMAIN)).length

// The key set's clock (cache age, cooldown), moved by hand from the real time.
const start = Date.now()
let clock = start
let dateNow: ReturnType<typeof vi.spyOn>
const verify = (token: string) =>
  verifyAccessJwt(token, { teamDomain: TEAM_DOMAIN, audience: AUDIENCE })
const madeUp = (i: number) => first.sign({}, { kid: `made-up-${i}` })

describe('the Access team’s signing keys', () => {
  beforeEach(() => {
    clearAccessKeys()
    published = [first]
    clock = start
    dateNow = vi.spyOn(Date, 'now').mockImplementation(() => clock)
  })
  afterEach(() => {
    // Only the clock: the outbound fetch stays replaced for the whole file.
    dateNow.mockRestore()
  })

  it('are fetched once and serve later tokens from the isolate’s cache', async () => {
    await verify(firstToken)
    clock += 60_000
    await verify(firstToken)
    expect(certs()).toBe(1)
    expect(outbound.requests[0]?.redirect).toBe('manual')
  })

  it('are fetched again once when a token names a kid not seen yet (Access rotated its key)', async () => {
    await verify(firstToken)
    published = [first, next]
    clock += 60_000
    await expect(verify(nextToken)).resolves.toMatchObject({ email: 'alex@msp.example' })
    expect(certs()).toBe(2)
  })

  it('are not fetched again for every made-up kid in a burst', async () => {
    await verify(firstToken)
    clock += 1_000
    await expect(verify(await madeUp(1))).rejects.toMatchObject({ problem: 'unknown-key' })
    clock += 1_000
    await expect(verify(await madeUp(2))).rejects.toMatchObject({ problem: 'unknown-key' })
    expect(certs()).toBe(1)
  })

  it('are fetched at most once per cooldown for 50 parallel tokens with unknown kids', async () => {
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => madeUp(i)))
    const refusals = await Promise.all(tokens.map((t) => verify(t).catch((e: unknown) => e)))
    expect(refusals.every((e) => e instanceof AccessJwtError && e.problem === 'unknown-key')).toBe(
      true,
    )
    expect(certs()).toBe(1)

    // After the cooldown, another burst may refresh once more, and only once.
    clock += MIN_REFRESH_MS + 1
    await Promise.all(tokens.map((t) => verify(t).catch(() => undefined)))
    expect(certs()).toBe(2)
  })

  it('are refreshed when older than ten minutes', async () => {
    await verify(firstToken)
    clock += 11 * 60_000
    await verify(firstToken)
    expect(certs()).toBe(2)
  })
})
