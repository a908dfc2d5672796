/** The Access team the test Worker is configured for (edge/vitest.config.ts). */
export const TEAM_DOMAIN = 'https://seatkeeper-test.cloudflareaccess.com'
export const AUDIENCE = 'test-audience-tag'

export type TestSigner = {
  kid: string
  /** The team's JWKS as Access serves it at /cdn-cgi/access/certs. */
  jwks(): Promise<{ keys: JsonWebKey[] }>
  publicKey: CryptoKey
  /** A signed RS256 token; header and claims override the valid defaults. */
  sign(claims?: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>
}

/** A fresh RSA key pair standing in for one of the team's Access signing keys. */
export async function createTestSigner(kid: string): Promise<TestSigner> {
  const pair = (await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair
  return {
    kid,
    publicKey: pair.publicKey,
    async jwks() {
      const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey
      return { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' } as JsonWebKey] }
    },
    async sign(claims = {}, header = {}) {
      return signWith(
        pair.privateKey,
        { alg: 'RS256', kid, typ: 'JWT', ...header },
        validClaims(claims),
      )
    },
  }
}

/** Claims as Access issues them for a signed-in user, valid for the next ten minutes. */
export function validClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  return {
    aud: [AUDIENCE],
    email: 'alex@msp.example',
    exp: now + 600,
    iat: now,
    nbf: now,
    iss: TEAM_DOMAIN,
    type: 'app',
    sub: '7335d417-61da-459d-899c-0a01c76a2f94',
    ...overrides,
  }
}

/** An unsigned token: header.payload. plus an arbitrary signature part. */
export function unsignedToken(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  signature = '',
): string {
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}.${signature}`
}

async function signWith(
  key: CryptoKey,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): Promise<string> {
  const input = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    key,
    new TextEncoder().encode(input),
  )
  return `${input}.${base64Url(new Uint8Array(signature))}`
}

function base64Url(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
