import { psaSandboxCatalogue, sandboxCatalogue } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { app } from '../../src/app'

/** The bindings of `pnpm start`: local mode, the sandbox at SANDBOX_ORIGIN. */
export const localEnv: Env = { ...env, LOCAL_MODE: 'true' }
export const ORIGIN = 'http://127.0.0.1:8787'

/** Every simulator, a distributor's or a PSA's, by its adapter id. */
const simulators = [...sandboxCatalogue, ...psaSandboxCatalogue]

/**
 * A connection to one sandbox simulator, a distributor's or a PSA's, created as the web app
 * creates it (POST /api/connections in local mode) with the credentials the simulator accepts;
 * returns its id.
 */
export async function createSandboxConnection(distributor: string): Promise<string> {
  const entry = simulators.find((e) => e.id === distributor)
  if (!entry) throw new Error(`No sandbox for ${distributor}`)
  const response = await app.request(
    `${ORIGIN}/api/connections`,
    {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ distributor, name: `${distributor} sandbox`, ...entry.credentials }),
    },
    localEnv,
  )
  if (response.status !== 201)
    throw new Error(`POST /api/connections answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}

/** The sandbox secrets of a distributor or PSA: none of them may ever reach the browser. */
export function sandboxSecrets(distributor: string): string[] {
  return Object.values(simulators.find((e) => e.id === distributor)?.credentials.secrets ?? {})
}

/** The browser's call through the proxy, as the SPA sends it (same origin, JSON on writes). */
export function viaProxy(
  connectionId: string,
  rest: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.method && init.method !== 'GET') {
    if (!headers.has('origin')) headers.set('origin', ORIGIN)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  const url = `${ORIGIN}/api/connections/${encodeURIComponent(connectionId)}/upstream${rest}`
  return Promise.resolve(app.request(url, { ...init, headers }, localEnv))
}
