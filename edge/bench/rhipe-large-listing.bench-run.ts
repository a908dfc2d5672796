import {
  createDirectHttp,
  createProxyHttp,
  rhipeAdapter,
  type DistributorHttp,
} from '@seatkeeper/distributors'
import { createSandboxServer, generateWorld, rhipeSandboxCredentials } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { app } from '../src/app'
import { installOutbound } from '../test/support/outbound'

// A 20,000-customer, 100,000-subscription Rhipe account listed the two ways Seatkeeper lists it:
// by the browser's adapter through the edge proxy, and by the integrator's direct client in the
// Worker. The simulator answers in process (its rendering is inside the figures), with no
// latency and no pacing. docs/benchmarks.md "Large Rhipe listings".
const CUSTOMERS = 20_000
const SUBSCRIPTIONS = 100_000
const SANDBOX = 'http://sandbox.bench'
const ORIGIN = 'http://127.0.0.1'
const bench: Env = { ...env, LOCAL_MODE: 'true', SANDBOX_ORIGIN: SANDBOX }
const outbound = installOutbound()

// workerd moves its clock only across I/O: a zero timer before each reading makes it "now".
const clock = async (): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

it(`lists a ${CUSTOMERS}-customer Rhipe account through the proxy and the integrator's client`, async () => {
  const world = generateWorld({ seed: 21, customers: CUSTOMERS, subscriptions: SUBSCRIPTIONS })
  const server = createSandboxServer({ world })
  const sizes = new Map<string, number>()
  let answeredAt = 0
  outbound.serve(SANDBOX, async (request) => {
    const response = await server.fetch(request)
    const bytes = await response.arrayBuffer()
    answeredAt = await clock()
    sizes.set(new URL(request.url).pathname.replace(/^\/rhipe/, ''), bytes.byteLength)
    return new Response(bytes, { status: response.status, headers: response.headers })
  })
  const created = await app.request(
    `${ORIGIN}/api/connections`,
    {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({
        distributor: 'rhipe',
        name: 'rhipe bench',
        ...rhipeSandboxCredentials,
      }),
    },
    bench,
  )
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }

  // One raw customers call through the proxy: when its first bytes and its last reach the browser.
  const started = await clock()
  const raw = await app.request(
    `${ORIGIN}/api/connections/${id}/upstream/api/v1/me/customers?includeDeactivatedCustomers=true`,
    {},
    bench,
  )
  const reader = raw.body!.getReader()
  let relayed = 0
  let firstByteMs: number | undefined
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    firstByteMs ??= (await clock()) - started
    relayed += value.byteLength
  }
  const lastByteMs = (await clock()) - started
  console.log(
    `RESULT edge rhipe ${CUSTOMERS} customers: GET /api/v1/me/customers through the proxy ${mb(relayed)}, ` +
      `status ${raw.status}: the simulator answered after ${answeredAt - started} ms (it renders the ` +
      `whole answer first); first bytes in the browser at ${firstByteMs} ms, last at ${lastByteMs} ms`,
  )

  const proxy = createProxyHttp({
    distributor: 'rhipe',
    label: rhipeAdapter.label,
    connectionId: id,
    fetch: async (input, init) =>
      app.request(new URL(input.toString(), ORIGIN).toString(), init, bench),
    readError: rhipeAdapter.readError,
  })
  const direct = createDirectHttp({
    adapter: rhipeAdapter,
    credentials: rhipeSandboxCredentials,
    fetch: (input, init) => fetch(input, init),
    cacheKey: 'rhipe-bench',
    env: { sandboxOrigin: SANDBOX },
    pace: false,
  })
  for (const [path, http] of [
    ['proxy (browser adapter)', proxy],
    ['integrator (direct client)', direct],
  ] as Array<[string, DistributorHttp]>) {
    let t = await clock()
    const customers = await rhipeAdapter.listCustomers(http)
    const customersMs = (await clock()) - t
    t = await clock()
    const subscriptions = await rhipeAdapter.listSubscriptions(http)
    const subscriptionsMs = (await clock()) - t
    console.log(
      `RESULT edge rhipe ${CUSTOMERS} customers via ${path}: listCustomers ${customers.items.length} ` +
        `(complete ${customers.complete}) in ${customersMs} ms; listSubscriptions ` +
        `${subscriptions.items.length} (complete ${subscriptions.complete}) in ${subscriptionsMs} ms`,
    )
    expect(customers.items).toHaveLength(CUSTOMERS)
    expect(subscriptions.complete).toBe(true)
  }
  console.log(
    `RESULT edge rhipe ${CUSTOMERS} customers: answer sizes ` +
      [...sizes].map(([path, bytes]) => `${path} ${mb(bytes)}`).join(', '),
  )
})
