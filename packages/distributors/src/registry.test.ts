import { createSandboxServer, generateWorld, sandboxCatalogue } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { createDirectHttp } from './http'
import type { FetchLike } from './http/types'
import { adapterById, adapters } from './registry'

const SANDBOX = 'http://sandbox.test'
/** The distributors' own domains: production hosts must be on these and nowhere else. */
const OWN_DOMAINS: Record<string, RegExp> = {
  arrowsphere: /(^|\.)arrow\.com$/,
  // ALSO documents country hosts on also.<tld> plus alsofrance.fr, alsolatvia.lv, alsopolska.pl.
  also: /(^|\.)(also\.[a-z]{2,3}|alsofrance\.fr|alsolatvia\.lv|alsopolska\.pl|ccpaas\.net)$/,
  dickerdata: /(^|\.)dickerdata\.com\.au$|(^|\.)dickerdata\.co\.nz$/,
  rhipe: /(^|\.)prismportal\.online$/,
  sherweb: /(^|\.)sherweb\.com$/,
  crayon: /(^|\.)crayon\.com$/,
  pax8: /(^|\.)pax8\.com$/,
  ingram: /(^|\.)cloud\.im$/,
  tdsynnex: /(^|\.)tdsynnex\.com$/,
}

type Sent = { url: URL; headers: Headers; body: string }

function recordingFetch(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  sent: Sent[],
): FetchLike {
  return async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const body = request.method === 'GET' ? '' : await request.clone().text()
    sent.push({ url, headers: request.headers, body })
    if (url.origin !== SANDBOX) throw new TypeError(`fetch to a foreign host: ${url.origin}`)
    return app.request(url.pathname + url.search, {
      method: request.method,
      headers: request.headers,
      ...(body ? { body } : {}),
    })
  }
}

describe('the adapter registry', () => {
  it('has one adapter per simulator, found by id', () => {
    expect(adapters.map((a) => a.id)).toEqual(sandboxCatalogue.map((s) => s.id))
    for (const adapter of adapters) expect(adapterById(adapter.id)).toBe(adapter)
    expect(adapterById('nope')).toBeUndefined()
  })

  it('resolves every production choice to https hosts of the distributor itself', () => {
    for (const adapter of adapters) {
      const choices = adapter.fields.filter(
        (f) => f.options && f.key !== 'environment' && f.key !== 'marketplace',
      )
      const environments = adapter.fields.find((f) => f.key === 'environment')?.options ?? [
        { value: 'production', label: '' },
      ]
      const markets = adapter.fields.find((f) => f.key === 'marketplace')?.options ?? [
        { value: '', label: '' },
      ]
      for (const environment of environments.filter((e) => e.value !== 'sandbox')) {
        for (const market of markets.filter((m) => m.value !== 'sandbox')) {
          const config: Record<string, string> = {
            environment: environment.value,
            marketplace: market.value,
          }
          for (const choice of choices) config[choice.key] = choice.options?.[0]?.value ?? ''
          const endpoints = adapter.endpoints(config)
          for (const url of [endpoints.baseUrl, endpoints.authUrl].filter(Boolean) as string[]) {
            const parsed = new URL(url)
            expect(parsed.protocol, `${adapter.id} ${url}`).toBe('https:')
            expect(parsed.hostname, `${adapter.id} ${url}`).toMatch(OWN_DOMAINS[adapter.id] ?? /^$/)
          }
        }
      }
    }
  })

  it('never sends credentials to a host other than its own', async () => {
    const world = generateWorld({ seed: 3, customers: 12, subscriptions: 40 })
    const server = createSandboxServer({ world })
    for (const entry of sandboxCatalogue) {
      const adapter = adapterById(entry.id)!
      const sent: Sent[] = []
      const http = createDirectHttp({
        adapter,
        credentials: entry.credentials,
        fetch: recordingFetch(server, sent),
        cacheKey: `conn-${entry.id}`,
        env: { sandboxOrigin: SANDBOX },
        pace: false,
      })
      await adapter.testConfiguration(http)
      await adapter.listCustomers(http)
      await adapter.listSubscriptions(http)
      expect(sent.length, entry.id).toBeGreaterThan(0)
      const secrets = Object.values(entry.credentials.secrets)
      for (const request of sent) {
        expect(request.url.origin, entry.id).toBe(SANDBOX)
        expect(
          request.url.pathname.startsWith(`/${entry.id}/`),
          `${entry.id} called ${request.url.pathname}`,
        ).toBe(true)
      }
      // And the same secrets never travel in another adapter's requests.
      for (const other of sandboxCatalogue.filter((o) => o.id !== entry.id)) {
        for (const secret of Object.values(other.credentials.secrets)) {
          for (const request of sent) {
            const everything = `${request.url}\n${[...request.headers].join('\n')}\n${request.body}`
            expect(everything.includes(secret), `${entry.id} carried ${other.id}'s secret`).toBe(
              false,
            )
          }
        }
      }
      expect(secrets.length).toBeGreaterThan(0)
    }
  })
})
