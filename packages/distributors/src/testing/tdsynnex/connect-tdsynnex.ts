import {
  createTdsynnexSimulator,
  generateWorld,
  tdsynnexSandboxCredentials,
  type FaultConfig,
  type World,
} from '@seatkeeper/sandbox'
import type { ConnectionCredentials, RotatingSecrets } from '../../adapter'
import { createDirectHttp } from '../../http'
import type { FetchLike } from '../../http/types'
import { tdsynnexAdapter } from '../../tdsynnex/index'

const ORIGIN = 'http://sandbox.test'
const MOUNT = '/tdsynnex'

/** The simulator behind a fetch, mounted at /tdsynnex as the sandbox server mounts it. */
export function tdsynnexSandbox(o: { world?: World; faults?: FaultConfig } = {}) {
  const world = o.world ?? generateWorld({ seed: 4, customers: 30, subscriptions: 150 })
  const simulator = createTdsynnexSimulator({
    world,
    credentials: tdsynnexSandboxCredentials,
    ...(o.faults ? { faults: o.faults } : {}),
  })
  const seen: Array<{ method: string; path: string; body: string }> = []
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const body = request.method === 'GET' ? '' : await request.text()
    seen.push({ method: request.method, path: url.pathname, body })
    if (url.origin !== ORIGIN || !url.pathname.startsWith(MOUNT))
      return new Response('Not found', { status: 404 })
    url.pathname = url.pathname.slice(MOUNT.length)
    return simulator.fetch(
      new Request(url, {
        method: request.method,
        headers: request.headers,
        ...(body ? { body } : {}),
      }),
    )
  }
  /** One run of the adapter (its own token cache), optionally sharing a rotation store. */
  const connect = (
    c: { credentials?: ConnectionCredentials; rotation?: RotatingSecrets; realTime?: boolean } = {},
  ) =>
    createDirectHttp({
      adapter: tdsynnexAdapter,
      credentials: c.credentials ?? tdsynnexSandboxCredentials,
      env: { sandboxOrigin: ORIGIN },
      cacheKey: 'sandbox-connection',
      fetch,
      ...(c.rotation ? { rotation: c.rotation } : {}),
      ...(c.realTime ? {} : { sleep: async () => {} }),
      random: () => 0,
    })
  /** The refresh tokens the token endpoint was sent, in order. */
  const spent = () =>
    seen
      .filter((s) => s.path.endsWith('/oauth/token'))
      .map((s) => new URLSearchParams(s.body).get('refresh_token'))
  return { world, seen, connect, spent }
}
