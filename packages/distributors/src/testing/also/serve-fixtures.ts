import type { FetchLike } from '../../http/types'
import { readFixtureText } from '../read-fixture'

// Test support: the hand-written ALSO fixtures (fixtures/distributors/also).

export const FIXTURE_LOGIN = { username: 'api@fixture.example', password: 'fixture-password-91c3' }
export const FIXTURE_BASE = 'https://marketplacetest.ccpaas.net/SimpleAPI/SimpleAPIService.svc/rest'

/** The text of one fixture file. */
export function readFixture(name: string): string {
  return readFixtureText('also', name)
}

/** The session token fixture answers with (a bare JSON string). */
export const FIXTURE_TOKEN = JSON.parse(readFixture('sessiontoken.json')) as string

// The fixtures hold no GetCompany answer for the reseller itself; this one is the companies'
// parent (ParentAccountId 315818 in companies.json), in the same Company shape.
export const FIXTURE_RESELLER = {
  ParentAccountId: 100002,
  AccountId: 315818,
  AccountState: 'Active',
  CompanyName: 'Muster IT-Systemhaus GmbH',
  Domain: ['muster-it.example'],
  Currency: 'EUR',
  Address: 'Industriestraße 1',
  City: 'Köln',
  Country: 'DE',
  Zip: '50667',
  AccountType: 'Reseller',
}

export type FixtureRequest = { path: string; headers: Headers; body: any }
type Answer = { status?: number; text: string; type?: string }
export type Override = (req: FixtureRequest) => Answer | undefined

const xml = (status: number, text: string): Answer => ({ status, text, type: 'application/xml' })
const json = (value: unknown): Answer => ({ text: JSON.stringify(value), type: 'application/json' })

/**
 * A fetch that answers like the ALSO SimpleAPI from the fixture files, by operation (see the
 * fixture README). Companies without a subscriptions fixture have none. `override` may answer a
 * request first (to break a field, or expire the session).
 */
export function serveAlsoFixtures(override?: Override): {
  fetch: FetchLike
  requests: FixtureRequest[]
} {
  const requests: FixtureRequest[] = []
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const headers = new Headers(init?.headers)
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    const req = {
      path: url.pathname.replace('/SimpleAPI/SimpleAPIService.svc/rest', ''),
      headers,
      body,
    }
    requests.push(req)
    const answer = override?.(req) ?? route(req)
    return new Response(answer.text, {
      status: answer.status ?? 200,
      headers: { 'content-type': answer.type ?? 'application/json' },
    })
  }
  return { fetch, requests }
}

function route(req: FixtureRequest): Answer {
  if (!req.path.startsWith('/')) return xml(404, '')
  if (req.path === '/GetSessionToken') {
    const ok =
      req.body?.username === FIXTURE_LOGIN.username && req.body?.password === FIXTURE_LOGIN.password
    return ok
      ? { text: readFixture('sessiontoken.json') }
      : xml(500, faultXml('Invalid username or password.'))
  }
  if (req.headers.get('Authenticate') !== `CCPSessionId ${FIXTURE_TOKEN}`) {
    return xml(500, readFixture('fault-invalid-session.xml'))
  }
  if (
    req.path === '/GetCompany' &&
    (req.body?.accountId === undefined || req.body.accountId === FIXTURE_RESELLER.AccountId)
  )
    return json(FIXTURE_RESELLER)
  if (req.path === '/GetCompanies' && req.body?.parentAccountId === 315818)
    return { text: readFixture('companies.json') }
  if (req.path === '/GetSubscriptions') {
    return req.body?.parentAccountId === 400101
      ? { text: readFixture('subscriptions-company-400101.json') }
      : json([])
  }
  return xml(400, faultXml(`Unexpected ${req.path} ${JSON.stringify(req.body)}`))
}

/** A Sender fault like the fixture's, with another message and no expired session. */
export function faultXml(message: string): string {
  return readFixture('fault-invalid-session.xml')
    .replace(/Session is expired or invalid\./g, message)
    .replace(
      '<IsSessionExpired>true</IsSessionExpired>',
      '<IsSessionExpired>false</IsSessionExpired>',
    )
}
