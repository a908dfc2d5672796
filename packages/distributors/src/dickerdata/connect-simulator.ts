import type { FaultConfig } from '@seatkeeper/sandbox'
import {
  createDickerDataSimulator,
  dickerdataSandboxCredentials,
  generateWorld,
  type World,
} from '@seatkeeper/sandbox'
import type { ConnectionCredentials } from '../adapter'
import { createDirectHttp } from '../http/create-direct-http'
import type { FetchLike } from '../http/types'
import { dickerdataAdapter } from '.'

// Test support: the adapter wired to the Dicker Data simulator in-process, mounted where the
// sandbox server mounts it, so requests go through the same paths as in the local app.
export const SANDBOX_ORIGIN = 'http://sandbox.test'
const MOUNT = '/dickerdata/'

export type SimulatorConnection = {
  world: World
  http: ReturnType<typeof createDirectHttp>
  /** Method and path of every request the simulator received. */
  requests: string[]
}

export function connectSimulator(
  o: {
    faults?: FaultConfig
    world?: World
    credentials?: ConnectionCredentials
    realSleep?: boolean
  } = {},
): SimulatorConnection {
  const world = o.world ?? generateWorld({ seed: 11, customers: 60, subscriptions: 300 })
  const simulator = createDickerDataSimulator({
    world,
    credentials: dickerdataSandboxCredentials,
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
    adapter: dickerdataAdapter,
    credentials: o.credentials ?? dickerdataSandboxCredentials,
    fetch,
    cacheKey: 'conn-dd-sandbox',
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    random: () => 0.5,
    retry: { baseDelayMs: 5, maxDelayMs: 2_000 },
    ...(o.realSleep ? {} : { sleep: async () => {} }),
  })
  return { world, http, requests }
}
