import { defaultConnectionSettings } from '@seatkeeper/core'
import { generateWorld, sandboxCatalogue, createSandboxServer } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { app } from '../src/app'
import { runIntegrator, type IntegratorOutcome } from '../src/integrator/run-integrator'
import { registerStub } from '../src/register/register-stub'
import { installOutbound } from '../test/support/outbound'

// A full integrator run for a 3,000-customer, 15,000-subscription book on an empty register, then
// the next day's run against the unchanged distributor. The simulators answer in process with no
// latency or rate limit, and the client does not pace itself: the figures are the edge's own work.
const CUSTOMERS = 3_000
const SUBSCRIPTIONS = 15_000
const SANDBOX = 'http://sandbox.bench'
const bench: Env = { ...env, LOCAL_MODE: 'true', SANDBOX_ORIGIN: SANDBOX }
const outbound = installOutbound()

// workerd moves its clock only across I/O: a zero timer before each reading makes it "now".
const clock = async (): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}

async function createConnection(distributor: string): Promise<string> {
  const entry = sandboxCatalogue.find((e) => e.id === distributor)
  if (!entry) throw new Error(`No sandbox for ${distributor}`)
  const response = await app.request(
    'http://127.0.0.1/api/connections',
    {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
      body: JSON.stringify({ distributor, name: `${distributor} bench`, ...entry.credentials }),
    },
    bench,
  )
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: string }
  const settings = defaultConnectionSettings()
  await registerStub(bench).putSettings(id, {
    ...settings,
    integrator: { ...settings.integrator, enabled: true },
  })
  return id
}

async function timedRun(
  id: string,
  day: string,
): Promise<{ result: IntegratorOutcome; ms: number }> {
  const started = await clock()
  const result = await runIntegrator(bench, {
    connectionId: id,
    trigger: 'cron',
    lease: { key: `${id}:${day}`, holder: `bench-${day}`, ttlMs: 60_000, afterSuccess: 'complete' },
    http: { pace: false },
    clock,
  })
  return { result, ms: (await clock()) - started }
}

function report(label: string, { result, ms }: { result: IntegratorOutcome; ms: number }): void {
  const s = result.stats
  console.log(
    `${label}: ${result.outcome}, total ${ms} ms (listing ${s?.listingMs} ms, planning ${s?.planningMs} ms, ` +
      `apply ${s?.applyMs} ms); ${s?.calls} calls, ${s?.customers} customers / ${s?.subscriptions} subscriptions listed, ` +
      `${s?.operations} operations. ${result.message}`,
  )
}

for (const [distributor, seed] of [
  ['arrowsphere', 11],
  ['rhipe', 12],
] as const) {
  it(`runs the integrator for a ${CUSTOMERS}-customer ${distributor} book`, async () => {
    // Each distributor its own book, so the second does not map onto the first one's customers.
    const world = generateWorld({ seed, customers: CUSTOMERS, subscriptions: SUBSCRIPTIONS })
    const server = createSandboxServer({ world })
    outbound.serve(SANDBOX, (request) => server.fetch(request))
    const id = await createConnection(distributor)

    const first = await timedRun(id, '2026-11-21')
    report(`RESULT edge integrator ${distributor} first run`, first)
    expect(first.result.outcome).toBe('applied')

    const second = await timedRun(id, '2026-11-22')
    report(`RESULT edge integrator ${distributor} unchanged run`, second)
    expect(second.result.outcome).toBe('no-changes')
  })
}
