import {
  createDirectHttp,
  createProxyHttp,
  rhipeAdapter,
  type FetchLike,
} from '@seatkeeper/distributors'
import { generateWorld, rhipeSandboxCredentials } from '@seatkeeper/sandbox'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { connectionTokens } from '../../src/http/connection-tokens'
import { withUpstreamDeadline } from '../../src/integrator/upstream-deadline'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { createSandboxConnection, localEnv, ORIGIN } from './sandbox-connection'

// A Rhipe account of 20,000 customers: PRISM lists them in one unpaginated answer of ~38 MB,
// nearly twice what the proxy used to buffer (20 MB). One world for the whole file.
const CUSTOMERS = 20_000
const world = generateWorld({ seed: 21, customers: CUSTOMERS, subscriptions: CUSTOMERS })
const sandbox = testSandbox({ world })
// The size of each answer the simulator gave, by path.
const answered: Array<{ path: string; bytes: number }> = []
installOutbound({
  [SANDBOX_ORIGIN]: async (request) => {
    const response = await sandbox.handler(request)
    const bytes = await response.arrayBuffer()
    answered.push({ path: new URL(request.url).pathname, bytes: bytes.byteLength })
    return new Response(bytes, { status: response.status, headers: response.headers })
  },
})
const largestCustomersAnswer = () =>
  Math.max(...answered.filter((a) => a.path.endsWith('/me/customers')).map((a) => a.bytes))

// Every world customer is an end customer Rhipe lists, deactivated ones included.
const expectedNames = world.customers.map((c) => c.name).sort()

describe('a 20,000-customer Rhipe account', () => {
  let connectionId: string
  beforeAll(async () => {
    connectionId = await createSandboxConnection('rhipe')
  })

  it(
    'lists every customer in the browser through the edge proxy',
    { timeout: 120_000 },
    async () => {
      const browserFetch: FetchLike = async (input, init) =>
        app.request(new URL(input.toString(), ORIGIN).toString(), init, localEnv)
      const http = createProxyHttp({
        distributor: 'rhipe',
        label: rhipeAdapter.label,
        connectionId,
        fetch: browserFetch,
        readError: rhipeAdapter.readError,
        sleep: async () => {},
        random: () => 0,
      })
      const listing = await rhipeAdapter.listCustomers(http)
      expect(listing).toMatchObject({ complete: true, problems: [] })
      expect(listing.items.map((c) => c.name).sort()).toEqual(expectedNames)
      expect(largestCustomersAnswer()).toBeGreaterThan(20_000_000)

      const subscriptions = await rhipeAdapter.listSubscriptions(http)
      expect(subscriptions).toMatchObject({ complete: true, problems: [] })
      expect(subscriptions.items).toHaveLength(world.subscriptions.length)
    },
  )

  it(
    'lists every customer with the integrator’s direct client in the Worker',
    { timeout: 120_000 },
    async () => {
      // The client as syncConnection builds it: the isolate's fetch under the run's deadline.
      const upstream = withUpstreamDeadline((input, init) => fetch(input, init), {
        distributor: 'rhipe',
        label: rhipeAdapter.label,
      })
      const http = createDirectHttp({
        adapter: rhipeAdapter,
        credentials: rhipeSandboxCredentials,
        fetch: upstream.fetch,
        cacheKey: 'large-rhipe-integrator',
        cache: connectionTokens,
        env: { sandboxOrigin: SANDBOX_ORIGIN },
      })
      const listing = await rhipeAdapter.listCustomers(http)
      expect(listing).toMatchObject({ complete: true, problems: [] })
      expect(listing.items.map((c) => c.name).sort()).toEqual(expectedNames)
      expect(largestCustomersAnswer()).toBeGreaterThan(20_000_000)

      const subscriptions = await rhipeAdapter.listSubscriptions(http)
      expect(subscriptions).toMatchObject({ complete: true, problems: [] })
      expect(subscriptions.items).toHaveLength(world.subscriptions.length)
    },
  )
})
