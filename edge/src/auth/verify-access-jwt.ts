import * as v from 'valibot'
import { AccessJwtError } from './access-jwt-error'
import { findAccessKey } from './access-keys'

/** Clocks drift between Access and the Worker by a few seconds at most. */
const LEEWAY_SECONDS = 30

const HeaderSchema = v.object({
  alg: v.string(),
  kid: v.optional(v.string()),
  typ: v.optional(v.string()),
})

const ClaimsSchema = v.looseObject({
  iss: v.optional(v.string()),
  aud: v.optional(v.union([v.string(), v.array(v.string())])),
  exp: v.optional(v.number()),
  nbf: v.optional(v.number()),
  email: v.optional(v.string()),
  // Service tokens carry no e-mail; Access names them by the token's Client ID instead.
  common_name: v.optional(v.string()),
  sub: v.optional(v.string()),
})

export type AccessClaims = v.InferOutput<typeof ClaimsSchema>

export type VerifyAccessJwtOptions = {
  /** e.g. "https://acme.cloudflareaccess.com", no trailing slash: the JWT's `iss`. */
  teamDomain: string
  /** The Access application's AUD tag. */
  audience: string
  /** Milliseconds since the epoch. */
  now?: number
  /** Resolves a kid to a public key; defaults to the team's JWKS, cached per isolate. */
  findKey?: (kid: string) => Promise<CryptoKey | undefined>
}

/**
 * Verifies a Cloudflare Access application token and returns its claims: RS256 only, signed by
 * one of the team's keys, issued by the team, for this application, and current. Throws
 * AccessJwtError naming the failed check (never the token), or AccessKeysUnavailableError.
 */
export async function verifyAccessJwt(
  token: string,
  options: VerifyAccessJwtOptions,
): Promise<AccessClaims> {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
    throw new AccessJwtError('malformed', 'The Access token is not a well-formed JWT.')
  }
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string]
  const header = v.safeParse(HeaderSchema, decodeJsonPart(encodedHeader))
  if (!header.success)
    throw new AccessJwtError('malformed', 'The Access token header cannot be read.')
  // Pinning the algorithm is what stops "alg: none" and HS256-with-the-public-key forgeries.
  if (header.output.alg !== 'RS256') {
    throw new AccessJwtError(
      'algorithm',
      'The Access token is not signed with RS256, the only algorithm Access uses.',
    )
  }
  if (!header.output.kid)
    throw new AccessJwtError('malformed', 'The Access token names no signing key (kid).')

  const findKey =
    options.findKey ?? ((kid: string) => findAccessKey(options.teamDomain, kid, options.now))
  const key = await findKey(header.output.kid)
  if (!key) {
    throw new AccessJwtError(
      'unknown-key',
      'The Access token is signed with a key this Access team does not publish.',
    )
  }
  const signature = decodeBase64Url(encodedSignature)
  const signed = new TextEncoder().encode(`${encodedHeader}.${encodedPayload}`)
  const valid = signature
    ? await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, signed).catch(() => false)
    : false
  if (!valid) throw new AccessJwtError('signature', 'The Access token signature does not verify.')

  const claims = v.safeParse(ClaimsSchema, decodeJsonPart(encodedPayload))
  if (!claims.success)
    throw new AccessJwtError('malformed', 'The Access token claims cannot be read.')
  const { iss, aud, exp, nbf } = claims.output
  if (iss !== options.teamDomain) {
    throw new AccessJwtError('issuer', 'The Access token was issued by another Access team.')
  }
  const audiences = typeof aud === 'string' ? [aud] : (aud ?? [])
  if (!audiences.includes(options.audience)) {
    throw new AccessJwtError('audience', 'The Access token is for another Access application.')
  }
  const nowSeconds = (options.now ?? Date.now()) / 1000
  if (exp === undefined || exp + LEEWAY_SECONDS <= nowSeconds) {
    throw new AccessJwtError('expired', 'The Access token has expired.')
  }
  if (nbf !== undefined && nbf - LEEWAY_SECONDS > nowSeconds) {
    throw new AccessJwtError('not-yet-valid', 'The Access token is not valid yet.')
  }
  return claims.output
}

function decodeJsonPart(part: string): unknown {
  const bytes = decodeBase64Url(part)
  if (!bytes) return undefined
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes))
  } catch {
    return undefined
  }
}

function decodeBase64Url(part: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return undefined
  }
}
