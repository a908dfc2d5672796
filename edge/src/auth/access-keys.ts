import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose'

// Access rotates its signing keys every six weeks and publishes the next one ahead of use, so a
// key list a few minutes old is almost always right; an unknown kid triggers one early refresh.
const KEYS_TTL_MS = 10 * 60_000
// An attacker can send tokens with made-up kids; refreshing at most this often keeps that from
// turning every request into a call to the team's certs endpoint (docs/security.md).
export const MIN_REFRESH_MS = 10_000

type CertsFetch = { startedAt: number; answer: Promise<{ status: number; text: string }> }

// Per isolate: keyed by certs URL so a change of ACCESS_TEAM_DOMAIN never reuses another team's keys.
const keySets = new Map<string, JWTVerifyGetKey>()
const lastFetch = new Map<string, CertsFetch>()

/** Where a team publishes the keys its Access JWTs are signed with. */
export function accessCertsUrl(teamDomain: string): string {
  return `${teamDomain}/cdn-cgi/access/certs`
}

/**
 * The team's signing keys as jose's remote key set: fetched on first use, kept ten minutes,
 * refetched early for an unknown kid at most once every MIN_REFRESH_MS.
 */
export function accessKeySet(teamDomain: string): JWTVerifyGetKey {
  const url = accessCertsUrl(teamDomain)
  let set = keySets.get(url)
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: KEYS_TTL_MS,
      cooldownDuration: MIN_REFRESH_MS,
      [customFetch]: (_url: string, init: RequestInit) => fetchCertsOnce(url, init),
    })
    keySets.set(url, set)
  }
  return set
}

/** Forget every cached key set (tests; a rotated team after a redeploy gets fresh keys anyway). */
export function clearAccessKeys(): void {
  keySets.clear()
  lastFetch.clear()
}

/**
 * jose shares one pending refresh between callers everywhere except on Workers (where it starts
 * one per request, for fear of cross-request I/O), and its cooldown starts only once a refresh
 * has finished: 50 requests at once with made-up kids made 50 certs fetches. Here every refresh
 * started within MIN_REFRESH_MS of the last one gets that one's answer (read to text, so no I/O
 * object crosses requests), whatever it was: a failing certs endpoint is not hammered either.
 */
function fetchCertsOnce(url: string, init: RequestInit): Promise<Response> {
  const now = Date.now()
  let current = lastFetch.get(url)
  if (!current || now - current.startedAt >= MIN_REFRESH_MS) {
    // fetch is looked up at call time (tests replace it); Access never redirects its certs.
    const answer = fetch(url, { headers: init.headers ?? {}, redirect: 'manual' }).then(
      async (response) => ({ status: response.status, text: await response.text() }),
    )
    current = { startedAt: now, answer }
    lastFetch.set(url, current)
  }
  return withinSignal(current.answer, init.signal).then(
    ({ status, text }) =>
      new Response(text, { status, headers: { 'content-type': 'application/json' } }),
  )
}

/** The shared answer, or this caller's own timeout (jose's), whichever comes first. */
function withinSignal<T>(answer: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return answer
  return Promise.race([
    answer,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason)
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    }),
  ])
}
