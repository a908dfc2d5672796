import {
  createRhipeSimulator,
  generateWorld,
  rhipeSandboxCredentials,
  type FaultConfig,
  type World,
} from '@seatkeeper/sandbox'
import type { ConnectionCredentials } from '../../adapter'
import { createDirectHttp } from '../../http'
import type { FetchLike } from '../../http/types'
import { rhipeAdapter } from '../index'

// Test support: the adapter wired to the Rhipe simulator in-process, mounted where the sandbox
// server mounts it (/rhipe), so requests take the same paths as in the local app.
export const SANDBOX_ORIGIN = 'http://sandbox.test'
const MOUNT = '/rhipe/'

export type RhipeSimulatorConnection = {
  world: World
  http: ReturnType<typeof createDirectHttp>
  /** Method and path of every request the simulator received, token exchanges included. */
  requests: string[]
}

export function connectRhipeSimulator(
  o: {
    faults?: FaultConfig
    world?: World
    credentials?: ConnectionCredentials
    realSleep?: boolean
  } = {},
): RhipeSimulatorConnection {
  const world = o.world ?? generateWorld({ seed: 5, customers: 60, subscriptions: 300 })
  const simulator = createRhipeSimulator({
    world,
    credentials: rhipeSandboxCredentials,
    ...(o.faults ? { faults: o.faults } : {}),
  })
  const requests: string[] = []
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    requests.push(`${request.method} ${url.pathname}`)
    if (url.origin !== SANDBOX_ORIGIN || !url.pathname.startsWith(MOUNT))
      return new Response('Not found', { status: 404 })
    url.pathname = url.pathname.slice(MOUNT.length - 1)
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
    adapter: rhipeAdapter,
    credentials: o.credentials ?? rhipeSandboxCredentials,
    fetch,
    cacheKey: 'conn-rhipe-sandbox',
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    random: () => 0.5,
    retry: { baseDelayMs: 5, maxDelayMs: 2_000 },
    ...(o.realSleep ? {} : { sleep: async () => {} }),
  })
  return { world, http, requests }
}
