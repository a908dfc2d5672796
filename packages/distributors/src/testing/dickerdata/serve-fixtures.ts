import type { ConnectionCredentials } from '../../adapter'
import type { FetchLike } from '../../http/types'
import { readFixtureJson } from '../read-fixture'

// Test support: the hand-written Dicker Data fixtures (fixtures/distributors/dickerdata).

/** The parsed JSON of one fixture file. */
export function readDickerDataFixture(name: string): any {
  return readFixtureJson('dickerdata', name)
}

const request = readDickerDataFixture('accesskey-request.json') as {
  AccessToken: string
  AccountCode: string
}

/** Credentials matching accesskey-request.json, on the test environment the fixtures were written for. */
export const FIXTURE_CREDENTIALS: ConnectionCredentials = {
  config: { region: 'AU', environment: 'test', accountCode: request.AccountCode },
  secrets: { apiToken: request.AccessToken },
}

export type DickerDataFixtureServer = {
  fetch: FetchLike
  /** Every request received, with its parsed JSON body. */
  requests: Array<{ method: string; path: string; headers: Headers; body: any }>
}

type ServeOptions = {
  /** May replace a file's JSON (to break a field) before it is served. */
  override?: (file: string, json: any) => unknown
  /** The status a refused token exchange answers with; its real status is unknown [I]. */
  deniedStatus?: number
}

const FILES: Record<string, string> = {
  '/api/Subscriptions/GetTenant': 'gettenant.json',
  '/api/Subscriptions/GetSubscriptionDetails': 'subscriptiondetails.json',
}

/**
 * A fetch that answers like the Dicker Data test host from the fixture files, as the fixture
 * README maps them: AccessKeyRequest → accesskey.json (or accesskey-denied.json for another token),
 * the two Subscriptions calls → their files, for the issued AccessKey only.
 */
export function serveDickerDataFixtures(options: ServeOptions = {}): DickerDataFixtureServer {
  const requests: DickerDataFixtureServer['requests'] = []
  const granted = readDickerDataFixture('accesskey.json') as { AccessKey: string }
  const serve = (file: string, status = 200) => {
    const json = readDickerDataFixture(file)
    const body = options.override ? (options.override(file, json) ?? json) : json
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  }
  const fetch: FetchLike = async (input, init) => {
    const req = new Request(input, init)
    const url = new URL(req.url)
    const text = await req.text()
    const body = text ? JSON.parse(text) : undefined
    requests.push({ method: req.method, path: url.pathname, headers: req.headers, body })
    if (url.host !== 'b2b-api-test.dickerdata.com.au') throw new TypeError('fetch failed')
    if (req.method === 'POST' && url.pathname === '/api/AccessKeyRequest') {
      const ok =
        body?.AccessToken === request.AccessToken && body?.AccountCode === request.AccountCode
      return ok
        ? serve('accesskey.json')
        : serve('accesskey-denied.json', options.deniedStatus ?? 200)
    }
    const file = FILES[url.pathname]
    if (req.method !== 'POST' || !file)
      return Response.json({ Message: 'No HTTP resource was found.' }, { status: 404 })
    if (req.headers.get('authorization') !== `Bearer ${granted.AccessKey}`) {
      return Response.json(
        { Message: 'Authorization has been denied for this request.' },
        { status: 401 },
      )
    }
    return serve(file)
  }
  return { fetch, requests }
}
