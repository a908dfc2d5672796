import type { FetchLike } from '../../http/types'
import { readFixtureText } from '../read-fixture'

// Test support: the hand-written ArrowSphere fixtures (fixtures/distributors/arrowsphere).

export const FIXTURE_API_KEY = 'fixture-api-key-1234'

/** The text of one fixture file. */
export function readFixture(name: string): string {
  return readFixtureText('arrowsphere', name)
}

export type FixtureServer = {
  fetch: FetchLike
  /** Every request received, with its parsed JSON body. */
  requests: Array<{ method: string; url: URL; headers: Headers; body: unknown }>
}

/**
 * A fetch that answers like ArrowSphere from the fixture files, by method, path and page: the
 * README in the fixture folder says which file answers which call. `override` may replace a file's
 * JSON (to break a field) before it is served.
 */
export function serveFixtures(override?: (file: string, json: any) => unknown): FixtureServer {
  const requests: FixtureServer['requests'] = []
  const serve = (file: string, status = 200) => {
    const json = JSON.parse(readFixture(file))
    const body = override ? (override(file, json) ?? json) : json
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  }
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const text = await request.text()
    requests.push({
      method: request.method,
      url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    })
    if (request.headers.get('apikey') !== FIXTURE_API_KEY) return serve('error-401.json', 401)
    const path = url.pathname.replace(/^\/index\.php\/api/, '')
    const page = url.searchParams.get('page') ?? '1'
    if (request.method === 'GET' && path === '/whoami') return serve('whoami.json')
    if (request.method === 'GET' && path === '/customers')
      return serve(`customers-page${page}.json`)
    if (request.method === 'POST' && path === '/licenses/v2/find')
      return serve(`licenses-find-page${page}.json`)
    return serve('error-404.json', 404)
  }
  return { fetch, requests }
}
