import { beforeEach, describe, expect, it } from 'vitest'
import { accessCertsUrl, clearAccessKeys, findAccessKey } from '../../src/auth/access-keys'
import { installOutbound } from '../support/outbound'
import { createTestSigner, TEAM_DOMAIN } from './test-access-team'

const first = await createTestSigner('first')
const next = await createTestSigner('next')
let published = [first]
const outbound = installOutbound({
  [TEAM_DOMAIN]: async () =>
    Response.json({
      keys: (await Promise.all(published.map((s) => s.jwks()))).flatMap((j) => j.keys),
    }),
})
const certs = () => outbound.requests.filter((r) => r.url === accessCertsUrl(TEAM_DOMAIN)).length

describe('findAccessKey', () => {
  beforeEach(() => {
    clearAccessKeys()
    published = [first]
  })

  it('fetches the team’s JWKS once and serves later lookups from the isolate’s cache', async () => {
    const t = 1_000_000
    expect(await findAccessKey(TEAM_DOMAIN, 'first', t)).toBeDefined()
    expect(await findAccessKey(TEAM_DOMAIN, 'first', t + 60_000)).toBeDefined()
    expect(certs()).toBe(1)
    expect(outbound.requests[0]?.redirect).toBe('manual')
  })

  it('refetches once when a token names a kid it has not seen (Access rotated its key)', async () => {
    const t = 1_000_000
    await findAccessKey(TEAM_DOMAIN, 'first', t)
    published = [first, next]
    expect(await findAccessKey(TEAM_DOMAIN, 'next', t + 60_000)).toBeDefined()
    expect(certs()).toBe(2)
  })

  it('does not refetch for every made-up kid in a burst', async () => {
    const t = 1_000_000
    await findAccessKey(TEAM_DOMAIN, 'first', t)
    expect(await findAccessKey(TEAM_DOMAIN, 'made-up-1', t + 1_000)).toBeUndefined()
    expect(await findAccessKey(TEAM_DOMAIN, 'made-up-2', t + 2_000)).toBeUndefined()
    expect(certs()).toBe(1)
  })

  it('refreshes keys that are older than ten minutes', async () => {
    const t = 1_000_000
    await findAccessKey(TEAM_DOMAIN, 'first', t)
    await findAccessKey(TEAM_DOMAIN, 'first', t + 11 * 60_000)
    expect(certs()).toBe(2)
  })
})
