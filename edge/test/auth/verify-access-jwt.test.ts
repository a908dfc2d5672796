import { describe, expect, it } from 'vitest'
import { AccessJwtError, type AccessJwtProblem } from '../../src/auth/access-jwt-error'
import { verifyAccessJwt } from '../../src/auth/verify-access-jwt'
import {
  AUDIENCE,
  createTestSigner,
  TEAM_DOMAIN,
  unsignedToken,
  validClaims,
} from './test-access-team'

const signer = await createTestSigner('key-1')
const other = await createTestSigner('key-1')
const options = {
  teamDomain: TEAM_DOMAIN,
  audience: AUDIENCE,
  findKey: async (kid: string) => (kid === 'key-1' ? signer.publicKey : undefined),
}

async function problemOf(token: string, extra: Partial<typeof options> & { now?: number } = {}) {
  const error = await verifyAccessJwt(token, { ...options, ...extra }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AccessJwtError)
  return (error as AccessJwtError).problem
}

describe('verifyAccessJwt', () => {
  it('returns the claims of a token Access signed for this application', async () => {
    const claims = await verifyAccessJwt(await signer.sign(), options)
    expect(claims.email).toBe('alex@msp.example')
  })

  it('accepts an audience given as a single string', async () => {
    const claims = await verifyAccessJwt(await signer.sign({ aud: AUDIENCE }), options)
    expect(claims.aud).toBe(AUDIENCE)
  })

  const refusals: Array<[string, () => Promise<string>, AccessJwtProblem]> = [
    ['another application’s audience', () => signer.sign({ aud: ['someone-else'] }), 'audience'],
    ['no audience at all', () => signer.sign({ aud: undefined }), 'audience'],
    [
      'another team as issuer',
      () => signer.sign({ iss: 'https://evil.cloudflareaccess.com' }),
      'issuer',
    ],
    [
      'an expired token',
      () => signer.sign({ exp: Math.floor(Date.now() / 1000) - 120 }),
      'expired',
    ],
    ['a token without exp', () => signer.sign({ exp: undefined }), 'expired'],
    [
      'a token not valid yet',
      () => signer.sign({ nbf: Math.floor(Date.now() / 1000) + 600 }),
      'not-yet-valid',
    ],
    ['a token signed by another key under the same kid', () => other.sign(), 'signature'],
    ['a key the team does not publish', () => signer.sign({}, { kid: 'key-9' }), 'unknown-key'],
    [
      'alg none',
      async () => unsignedToken({ alg: 'none', kid: 'key-1' }, validClaims()),
      'algorithm',
    ],
    [
      'HS256 (the public key used as an HMAC secret)',
      async () => unsignedToken({ alg: 'HS256', kid: 'key-1' }, validClaims(), 'abc'),
      'algorithm',
    ],
    ['a token that is not three parts', async () => 'abc.def', 'malformed'],
    ['a header that is not JSON', async () => 'bm90IGpzb24.e30.abc', 'malformed'],
    ['a header without kid', () => signer.sign({}, { kid: undefined }), 'malformed'],
  ]
  for (const [what, token, problem] of refusals) {
    it(`refuses ${what} as ${problem}`, async () => {
      expect(await problemOf(await token())).toBe(problem)
    })
  }

  it('refuses a signature that was tampered with', async () => {
    const token = await signer.sign()
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect(await problemOf(tampered)).toBe('signature')
  })

  it('refuses claims changed after signing', async () => {
    const [header, , signature] = (await signer.sign()).split('.')
    const forged = unsignedToken({}, validClaims({ email: 'admin@msp.example' })).split('.')[1]
    expect(await problemOf(`${header}.${forged}.${signature}`)).toBe('signature')
  })

  it('allows a few seconds of clock drift around exp', async () => {
    const exp = Math.floor(Date.now() / 1000) - 5
    await expect(verifyAccessJwt(await signer.sign({ exp }), options)).resolves.toMatchObject({
      exp,
    })
  })

  it('never puts the token into its error message', async () => {
    const token = await signer.sign({ aud: ['nope'] })
    const error = (await verifyAccessJwt(token, options).catch((e: unknown) => e)) as Error
    expect(error.message).not.toContain(token.split('.')[1])
    expect(error.message).not.toContain('alex@msp.example')
  })
})
