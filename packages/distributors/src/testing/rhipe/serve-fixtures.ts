import type { FetchLike } from '../../http/types'
import { readFixtureJson } from '../read-fixture'

/** A fixture file parsed, so a test can change one field before serving it. */
export function readRhipeFixture<T = unknown>(name: string): T {
  return readFixtureJson<T>('rhipe', name)
}

export const FIXTURE_CLIENT = { clientId: 'fixture-client', clientSecret: 'fixture-secret-Zx9' }

export type ServedCall = { method: string; url: URL; body: string | undefined }

/**
 * PRISM as the fixtures document it, by URL: the token endpoint (form body checked), the customers
 * list and the tenants of contract agreement 880001. `override` answers first where it returns one.
 */
export function serveRhipeFixtures(
  override?: (call: ServedCall) => Response | undefined,
): FetchLike & { calls: ServedCall[] } {
  const calls: ServedCall[] = []
  const token = readRhipeFixture<{ access_token: string }>('token.json').access_token
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const call: ServedCall = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      body: typeof init?.body === 'string' ? init.body : undefined,
    }
    calls.push(call)
    const overridden = override?.(call)
    if (overridden) return overridden
    const { url, method } = call
    if (
      method === 'POST' &&
      url.href === 'https://identity.prismportal.online/core/connect/token'
    ) {
      const form = new URLSearchParams(call.body ?? '')
      if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== 'rhipeapi') {
        return json({ error: 'invalid_scope' }, 400)
      }
      if (
        form.get('client_id') !== FIXTURE_CLIENT.clientId ||
        form.get('client_secret') !== FIXTURE_CLIENT.clientSecret
      ) {
        return json({ error: 'invalid_client' }, 400)
      }
      return json(readRhipeFixture('token.json'))
    }
    if (url.origin !== 'https://api.prismportal.online')
      return json({ Message: 'Unknown host' }, 404)
    const auth = new Headers(init?.headers).get('authorization')
    if (auth !== `Bearer ${token}`) return json(readRhipeFixture('error-401.json'), 401)
    if (
      method === 'GET' &&
      url.pathname === '/api/v1/me/customers' &&
      url.searchParams.get('includeDeactivatedCustomers') === 'true'
    ) {
      return json(readRhipeFixture('customers.json'))
    }
    if (method === 'GET' && url.pathname === '/api/v2/contractagreements/880001/tenants') {
      return json(readRhipeFixture('contractagreement-tenants.json'))
    }
    return json(
      { Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` },
      404,
    )
  }
  return Object.assign(fetch, { calls })
}
