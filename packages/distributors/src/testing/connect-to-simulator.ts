import { generateWorld, sandboxCatalogue, type FaultConfig, type World } from '@seatkeeper/sandbox'
import type { ConnectionCredentials, DistributorAdapter } from '../adapter'
import { createDirectHttp } from '../http/create-direct-http'
import type { FetchLike } from '../http/types'

// Test support: an adapter wired to its simulator in-process, mounted where the sandbox server
// mounts it (/<id>), so requests take the same paths as in the local app.
export const SANDBOX_ORIGIN = 'http://sandbox.test'

export type SimulatorConnection = {
  world: World
  http: ReturnType<typeof createDirectHttp>
  /** Method and path of every request the simulator received, token exchanges included. */
  requests: string[]
}

export type ConnectOptions = {
  faults?: FaultConfig
  world?: World
  /** Credentials the adapter sends; the simulator's own sandbox credentials by default. */
  credentials?: ConnectionCredentials
  /** Wait for real between retries (tests of Retry-After); instant otherwise. */
  realSleep?: boolean
  /** Told pages read of all by a paged listing (DistributorHttp.onPage). */
  onPage?: (done: number, total: number) => void
}

export function connectToSimulator(
  adapter: DistributorAdapter,
  seed: number,
  o: ConnectOptions = {},
): SimulatorConnection {
  const entry = sandboxCatalogue.find((e) => e.id === adapter.id)
  if (!entry) throw new Error(`No simulator for ${adapter.id}`)
  const mount = `/${adapter.id}/`
  const world = o.world ?? generateWorld({ seed, customers: 60, subscriptions: 300 })
  const simulator = entry.create({ world, ...(o.faults ? { faults: o.faults } : {}) })
  const requests: string[] = []
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    requests.push(`${request.method} ${url.pathname}`)
    if (url.origin !== SANDBOX_ORIGIN || !url.pathname.startsWith(mount))
      return new Response('Not found', { status: 404 })
    url.pathname = url.pathname.slice(mount.length - 1)
    const body = request.method === 'GET' ? undefined : await request.text()
    return simulator.fetch(
      new Request(url, {
        method: request.method,
        headers: request.headers,
        ...(body ? { body } : {}),
      }),
    )
  }
  const http = createDirectHttp({
    adapter,
    credentials: o.credentials ?? entry.credentials,
    fetch,
    cacheKey: `conn-${adapter.id}-sandbox`,
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    random: () => 0.5,
    retry: { baseDelayMs: 5, maxDelayMs: 2_000 },
    ...(o.realSleep ? {} : { sleep: async () => {} }),
    ...(o.onPage ? { onPage: o.onPage } : {}),
  })
  return { world, http, requests }
}
