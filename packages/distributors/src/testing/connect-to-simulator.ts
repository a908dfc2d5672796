import {
  generateWorld,
  mountSandboxSimulator,
  type FaultConfig,
  type World,
} from '@seatkeeper/sandbox'
import type { ConnectionCredentials, UpstreamConnector } from '../adapter'
import { createDirectHttp } from '../http/create-direct-http'
import type { FetchLike } from '../http/types'

// Test support: an adapter — a distributor's or a PSA's — wired to its simulator in-process,
// mounted where the sandbox server mounts it (/<id>), so requests take the same paths as in the
// local app.
export const SANDBOX_ORIGIN = 'http://sandbox.test'

export type SimulatorConnection = {
  world: World
  http: ReturnType<typeof createDirectHttp>
  /** Method and path of every request the simulator received, token exchanges included. */
  requests: string[]
  /** The recording fetch the client sends through, for calls made without it (a zone lookup). */
  fetch: FetchLike
  /**
   * The simulator's own answer at a path under its mount, not counted in `requests`: what a test
   * reads to see what the simulator took (a PSA's `/_writes`).
   */
  sandbox(path: string, init?: RequestInit): Promise<Response>
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
  /**
   * A clock the client and a PSA simulator share, starting here (ms), that every wait of the
   * client moves on: a Halo token's hour and its 5-minute window pass without waiting for them.
   * Without it both read the real time.
   */
  startAt?: number
}

export function connectToSimulator(
  adapter: UpstreamConnector,
  seed: number,
  o: ConnectOptions = {},
): SimulatorConnection {
  const mount = `/${adapter.id}/`
  const world = o.world ?? generateWorld({ seed, customers: 60, subscriptions: 300 })
  let clock = o.startAt ?? 0
  const now = o.startAt === undefined ? undefined : () => clock
  const simulator = mountSandboxSimulator(adapter.id, {
    world,
    ...(o.faults ? { faults: o.faults } : {}),
    ...(now ? { now } : {}),
  })
  if (!simulator) throw new Error(`No simulator for ${adapter.id}`)
  const requests: string[] = []
  const toSimulator = async (request: Request) => {
    const body = request.method === 'GET' ? undefined : await request.text()
    return simulator.app.fetch(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(body ? { body } : {}),
      }),
    )
  }
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    requests.push(`${request.method} ${url.pathname}`)
    if (url.origin !== SANDBOX_ORIGIN || !url.pathname.startsWith(mount))
      return new Response('Not found', { status: 404 })
    return toSimulator(request)
  }
  const sleep = o.realSleep
    ? undefined
    : async (ms: number) => {
        clock += ms
      }
  const http = createDirectHttp({
    adapter,
    credentials: o.credentials ?? simulator.credentials,
    fetch,
    cacheKey: `conn-${adapter.id}-sandbox`,
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    random: () => 0.5,
    retry: { baseDelayMs: 5, maxDelayMs: 2_000 },
    ...(now ? { now } : {}),
    ...(sleep ? { sleep } : {}),
    ...(o.onPage ? { onPage: o.onPage } : {}),
  })
  const sandbox = (path: string, init?: RequestInit) =>
    toSimulator(new Request(`${SANDBOX_ORIGIN}${mount}${path.replace(/^\//, '')}`, init))
  return { world, http, requests, fetch, sandbox }
}
