import * as v from 'valibot'

// Access rotates its signing keys every six weeks and publishes the next one ahead of use, so a
// key list a few minutes old is almost always right; an unknown kid triggers one early refresh.
const KEYS_TTL_MS = 10 * 60_000
// An attacker can send tokens with made-up kids; refreshing at most this often keeps that from
// turning every request into a call to the team's certs endpoint.
const MIN_REFRESH_MS = 10_000

const JwksSchema = v.object({
  keys: v.array(
    v.looseObject({
      kid: v.optional(v.string()),
      kty: v.string(),
      alg: v.optional(v.string()),
      n: v.optional(v.string()),
      e: v.optional(v.string()),
    }),
  ),
})

type KeySet = { keys: Map<string, CryptoKey>; fetchedAt: number }

// Per isolate: keyed by certs URL so a change of ACCESS_TEAM_DOMAIN never reuses another team's keys.
const keySets = new Map<string, KeySet>()

/** Access could not be asked for its keys (network, non-200, or a body that is not a JWKS). */
export class AccessKeysUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AccessKeysUnavailableError'
  }
}

/** Where a team publishes the keys its Access JWTs are signed with. */
export function accessCertsUrl(teamDomain: string): string {
  return `${teamDomain}/cdn-cgi/access/certs`
}

/**
 * The RS256 public key with this kid from the team's JWKS, or undefined when the team has no such
 * key even after one refresh. Throws AccessKeysUnavailableError when the JWKS cannot be read.
 */
export async function findAccessKey(
  teamDomain: string,
  kid: string,
  now: number = Date.now(),
): Promise<CryptoKey | undefined> {
  const url = accessCertsUrl(teamDomain)
  let set = keySets.get(url)
  if (!set || now - set.fetchedAt > KEYS_TTL_MS) {
    set = await fetchKeySet(url, now)
  }
  const known = set.keys.get(kid)
  if (known) return known
  if (now - set.fetchedAt < MIN_REFRESH_MS) return undefined
  set = await fetchKeySet(url, now)
  return set.keys.get(kid)
}

/** Forget every cached key set (tests; a rotated team after a redeploy gets fresh keys anyway). */
export function clearAccessKeys(): void {
  keySets.clear()
}

async function fetchKeySet(url: string, now: number): Promise<KeySet> {
  let response: Response
  try {
    // fetch is looked up at call time (tests replace it); Access never redirects its certs.
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual' })
  } catch {
    throw new AccessKeysUnavailableError(
      `Cloudflare Access could not be reached for its signing keys (${url}).`,
    )
  }
  if (response.status !== 200) {
    throw new AccessKeysUnavailableError(
      `Cloudflare Access answered ${response.status} for its signing keys (${url}). Check ACCESS_TEAM_DOMAIN.`,
    )
  }
  const parsed = v.safeParse(JwksSchema, await response.json().catch(() => undefined))
  if (!parsed.success) {
    throw new AccessKeysUnavailableError(
      `Cloudflare Access answered ${url} with something that is not a key set. Check ACCESS_TEAM_DOMAIN.`,
    )
  }
  const keys = new Map<string, CryptoKey>()
  for (const jwk of parsed.output.keys) {
    if (!jwk.kid || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue
    if (jwk.alg !== undefined && jwk.alg !== 'RS256') continue
    try {
      const key = await crypto.subtle.importKey(
        'jwk',
        { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', ext: true },
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        false,
        ['verify'],
      )
      keys.set(jwk.kid, key)
    } catch {
      // One unusable key must not hide the others.
    }
  }
  const set = { keys, fetchedAt: now }
  keySets.set(url, set)
  return set
}
