import { decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose'
import * as v from 'valibot'
import { AccessJwtError } from './access-jwt-error'
import { accessKeySet } from './access-keys'

/** Clocks drift between Access and the Worker by a few seconds at most. */
const LEEWAY_SECONDS = 30

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

/** The team's signing keys could not be read (network, non-200, or a body that is not a JWKS). */
export class AccessKeysUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AccessKeysUnavailableError'
  }
}

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
 * Verifies a Cloudflare Access application token with jose and returns its claims: RS256 only,
 * signed by one of the team's keys, issued by the team, for this application, and current. Throws
 * AccessJwtError naming the failed check (never the token), or AccessKeysUnavailableError.
 */
export async function verifyAccessJwt(
  token: string,
  options: VerifyAccessJwtOptions,
): Promise<AccessClaims> {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token)) {
    throw new AccessJwtError('malformed', 'The Access token is not a well-formed JWT.')
  }
  let header: ReturnType<typeof decodeProtectedHeader>
  try {
    header = decodeProtectedHeader(token)
  } catch {
    throw new AccessJwtError('malformed', 'The Access token header cannot be read.')
  }
  // Pinning the algorithm is what stops "alg: none" and HS256-with-the-public-key forgeries.
  if (header.alg !== 'RS256') {
    throw new AccessJwtError(
      'algorithm',
      'The Access token is not signed with RS256, the only algorithm Access uses.',
    )
  }
  // Without a kid jose would try any RSA key of the set; Access always names the key.
  if (!header.kid)
    throw new AccessJwtError('malformed', 'The Access token names no signing key (kid).')

  const key: JWTVerifyGetKey = options.findKey
    ? keyFrom(options.findKey)
    : accessKeySet(options.teamDomain)
  let payload: unknown
  try {
    ;({ payload } = await jwtVerify(token, key, {
      algorithms: ['RS256'],
      issuer: options.teamDomain,
      audience: options.audience,
      requiredClaims: ['exp'],
      clockTolerance: LEEWAY_SECONDS,
      ...(options.now !== undefined ? { currentDate: new Date(options.now) } : {}),
    }))
  } catch (error) {
    throw refusal(error, options.teamDomain)
  }
  const claims = v.safeParse(ClaimsSchema, payload)
  if (!claims.success)
    throw new AccessJwtError('malformed', 'The Access token claims cannot be read.')
  return claims.output
}

function keyFrom(findKey: (kid: string) => Promise<CryptoKey | undefined>): JWTVerifyGetKey {
  return async (header) => {
    const key = header.kid === undefined ? undefined : await findKey(header.kid)
    if (!key) throw new errors.JWKSNoMatchingKey()
    return key
  }
}

/** jose's failure in the words of the check that failed; never the token or its claims. */
function refusal(error: unknown, teamDomain: string): Error {
  if (error instanceof AccessJwtError) return error
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new AccessJwtError(
      'unknown-key',
      'The Access token is signed with a key this Access team does not publish.',
    )
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new AccessJwtError('signature', 'The Access token signature does not verify.')
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new AccessJwtError(
      'algorithm',
      'The Access token is not signed with RS256, the only algorithm Access uses.',
    )
  }
  if (error instanceof errors.JWTExpired)
    return new AccessJwtError('expired', 'The Access token has expired.')
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss')
      return new AccessJwtError('issuer', 'The Access token was issued by another Access team.')
    if (error.claim === 'aud')
      return new AccessJwtError('audience', 'The Access token is for another Access application.')
    if (error.claim === 'exp') return new AccessJwtError('expired', 'The Access token has expired.')
    if (error.claim === 'nbf')
      return new AccessJwtError('not-yet-valid', 'The Access token is not valid yet.')
    return new AccessJwtError('malformed', 'The Access token claims cannot be read.')
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return new AccessJwtError('malformed', 'The Access token is not a well-formed JWT.')
  // Everything else is about reading the team's keys: the certs endpoint down, slow, or odd.
  const url = `${teamDomain}/cdn-cgi/access/certs`
  return new AccessKeysUnavailableError(
    `Cloudflare Access could not be asked for its signing keys (${url}). Check ACCESS_TEAM_DOMAIN.`,
    { cause: error },
  )
}
