import {
  arrowsphereSandboxCredentials,
  createArrowSphereSimulator,
  type World,
} from '@seatkeeper/sandbox'
import { createDirectHttp } from '../../http'
import type { FetchLike } from '../../http/types'
import { arrowsphereAdapter } from '../../arrowsphere/index'

const SANDBOX_ORIGIN = 'http://sandbox.test'

type FaultConfig = NonNullable<Parameters<typeof createArrowSphereSimulator>[0]['faults']>

/**
 * Test support: the adapter's direct client wired to the ArrowSphere simulator (mounted at
 * /arrowsphere as the sandbox server does), recording each answer's status and each wait.
 */
export function connectSimulator(
  world: World,
  o: { faults?: FaultConfig; apiKey?: string; sleep?: (ms: number) => Promise<void> } = {},
) {
  const statuses: number[] = []
  const app = createArrowSphereSimulator({
    world,
    credentials: arrowsphereSandboxCredentials,
    faults: o.faults,
  })
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const path = url.pathname.replace(/^\/arrowsphere/, '') + url.search
    const res = await app.request(path, init)
    statuses.push(res.status)
    return res
  }
  const waits: number[] = []
  const http = createDirectHttp({
    adapter: arrowsphereAdapter,
    credentials: {
      config: arrowsphereSandboxCredentials.config,
      secrets: { apiKey: o.apiKey ?? arrowsphereSandboxCredentials.secrets.apiKey },
    },
    fetch,
    cacheKey: 'connection-arrowsphere-sandbox',
    env: { sandboxOrigin: SANDBOX_ORIGIN },
    sleep: async (ms) => {
      waits.push(ms)
      await o.sleep?.(ms)
    },
    random: () => 0.5,
    pace: false,
  })
  return { http, waits, statuses }
}
