import { adapterById, createProxyHttp, type FetchLike } from '@seatkeeper/distributors'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { createSandboxConnection, localEnv, ORIGIN, sandboxSecrets } from './sandbox-connection'

const sandbox = testSandbox()
const outbound = installOutbound({ [SANDBOX_ORIGIN]: sandbox.handler })

// The browser's fetch, as the SPA served by the edge makes it: same origin, Origin on writes.
const browserFetch: FetchLike = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input.toString(), ORIGIN)
  const headers = new Headers(init?.headers)
  if (init?.method && init.method !== 'GET') headers.set('origin', ORIGIN)
  return app.request(url.toString(), { ...init, headers }, localEnv)
}

function browserClient(distributor: string, connectionId: string) {
  const adapter = adapterById(distributor)!
  const http = createProxyHttp({
    distributor,
    label: adapter.label,
    connectionId,
    fetch: browserFetch,
    sleep: async () => {},
    random: () => 0,
  })
  return { adapter, http }
}

describe('the browser’s adapters through the edge proxy', () => {
  const distributors = ['arrowsphere', 'sherweb', 'rhipe', 'dickerdata', 'also', 'pax8']
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    for (const d of distributors) ids[d] = await createSandboxConnection(d)
  })

  for (const distributor of distributors) {
    it(`lists the ${distributor} sandbox’s customers through createProxyHttp`, async () => {
      const { adapter, http } = browserClient(distributor, ids[distributor]!)
      const listing = await adapter.listCustomers(http)
      expect(listing.items.length).toBeGreaterThan(0)
      expect(listing.complete).toBe(true)
      // The edge called the simulator, and only it; the browser never held a credential.
      expect(outbound.requests.length).toBeGreaterThan(0)
      expect(
        outbound.requests.every((r) => r.url.startsWith(`${SANDBOX_ORIGIN}/${distributor}/`)),
      ).toBe(true)
      expect(JSON.stringify(listing)).not.toContain(sandboxSecrets(distributor)[0])
    })
  }

  for (const distributor of distributors) {
    it(`lists every ${distributor} sandbox subscription through createProxyHttp`, async () => {
      const { adapter, http } = browserClient(distributor, ids[distributor]!)
      const listing = await adapter.listSubscriptions(http)
      expect(listing.problems).toEqual([])
      expect(listing.complete).toBe(true)
      expect(listing.items.length).toBeGreaterThan(0)
      expect(JSON.stringify(listing)).not.toContain(sandboxSecrets(distributor)[0])
    })

    it(`lists one ${distributor} customer’s subscriptions through createProxyHttp`, async () => {
      const { adapter, http } = browserClient(distributor, ids[distributor]!)
      const all = await adapter.listSubscriptions(http)
      const customerId = all.items[0]!.customerExternalId
      const listing = await adapter.listSubscriptions(http, customerId)
      expect(listing.complete).toBe(true)
      expect(listing.items.length).toBeGreaterThan(0)
      expect(listing.items.every((s) => s.customerExternalId === customerId)).toBe(true)
    })
  }

  it('turns an edge refusal back into the same DistributorError in the browser', async () => {
    const { http } = browserClient('arrowsphere', ids.arrowsphere!)
    const error = await http
      .request({ call: 'GET /admin', method: 'GET', path: '/admin' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'DistributorError',
      kind: 'request',
      distributor: 'arrowsphere',
    })
    expect((error as Error).message).toMatch(/only the calls it makes itself/)
  })

  it('reports a write the edge refused for its Origin as Seatkeeper’s refusal, not ArrowSphere’s', async () => {
    // A client outside the browser (Node's fetch) sends no Origin, and the edge refuses the write.
    const adapter = adapterById('arrowsphere')!
    const http = createProxyHttp({
      distributor: 'arrowsphere',
      label: adapter.label,
      connectionId: ids.arrowsphere!,
      fetch: async (input, init) =>
        app.request(new URL(input.toString(), ORIGIN).toString(), init, localEnv),
      sleep: async () => {},
      random: () => 0,
    })
    const error = await adapter.listSubscriptions(http).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'DistributorError',
      kind: 'request',
      distributor: 'arrowsphere',
      call: 'POST /licenses/v2/find',
      status: 403,
    })
    expect((error as Error).message).toMatch(/^Seatkeeper refuses cross-origin writes/)
    expect(outbound.requests).toEqual([])
  })

  it('reports a connection that does not exist as not-found', async () => {
    const { http } = browserClient('arrowsphere', 'gone')
    const error = await http
      .request({ call: 'GET /customers', method: 'GET', path: '/customers' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'not-found' })
  })
})
