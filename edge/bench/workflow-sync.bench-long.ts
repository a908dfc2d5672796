import { defaultConnectionSettings } from '@seatkeeper/core'
import { sherwebAdapter } from '@seatkeeper/distributors'
import { createSandboxServer, generateWorld, sherwebSandboxCredentials } from '@seatkeeper/sandbox'
import { introspectWorkflowInstance } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { app } from '../src/app'
import { runIntegrator } from '../src/integrator/run-integrator'
import { startSyncs } from '../src/integrator/start-sync'
import { syncInstanceId, type SyncOutput } from '../src/integrator/sync-workflow'
import { registerStub } from '../src/register/register-stub'
import { installOutbound } from '../test/support/outbound'

// `pnpm bench workflow` (docs/benchmarks.md "The sync workflow at 20,000 customers"): a
// 20,000-customer, 100,000-subscription Sherweb account, every answer 100 ms late, synced by the
// workflow; then the one-invocation integrator at the same size, stopped where the platform would
// stop it. Sherweb's rate limit (4 calls a second, assumed) is scaled up RATE_SCALE times so the
// bench ends in minutes; the limits arithmetic in docs/integrator.md scales the figures back.
const SCALE = Number((env as unknown as { BENCH_SCALE?: string }).BENCH_SCALE ?? '1') || 1
const CUSTOMERS = Math.round(20_000 * SCALE)
const SUBSCRIPTIONS = Math.round(100_000 * SCALE)
const LATENCY_MS = 100
const RATE_SCALE = Number(env.SANDBOX_RATE_SCALE) || 1
const SANDBOX = 'http://sandbox.bench'
// What a Worker invocation may send on the Paid plan (Workers limits, "Subrequests"), and the
// wall time of a queue consumer's invocation.
const SUBREQUESTS_PER_INVOCATION = 10_000
const QUEUE_WALL_S = 15 * 60
const outbound = installOutbound()

const clock = async (): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function connection(): Promise<string> {
  const response = await app.request(
    'http://127.0.0.1/api/connections',
    {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
      body: JSON.stringify({
        distributor: 'sherweb',
        name: `Sherweb bench ${crypto.randomUUID().slice(0, 6)}`,
        ...sherwebSandboxCredentials,
      }),
    },
    env,
  )
  expect(response.status, await response.clone().text()).toBe(201)
  const { id } = (await response.json()) as { id: string }
  const settings = defaultConnectionSettings()
  await registerStub(env).putSettings(id, {
    ...settings,
    integrator: { ...settings.integrator, enabled: true },
  })
  return id
}

it(
  `syncs a ${CUSTOMERS}-customer Sherweb account in steps, and shows the one-invocation run failing the platform's limits`,
  { timeout: 3 * 60 * 60 * 1000 },
  async () => {
    const world = generateWorld({ seed: 41, customers: CUSTOMERS, subscriptions: SUBSCRIPTIONS })
    const server = createSandboxServer({ world })
    outbound.serve(SANDBOX, async (request) => {
      await sleep(LATENCY_MS)
      return server.fetch(request)
    })
    // The bench's scaled rate (SANDBOX_RATE_SCALE in edge/vitest.bench.config.ts).
    const realRate = sherwebAdapter.rateLimit
    const rate = {
      requestsPerSecond: realRate.requestsPerSecond * RATE_SCALE,
      burst: realRate.burst,
    }
    try {
      const id = await connection()
      const day = '2026-12-03'
      const instanceId = syncInstanceId({ trigger: 'cron', connectionId: id, day })
      await using instance = await introspectWorkflowInstance(env.SYNC_WORKFLOW, instanceId)
      const started = await clock()
      await startSyncs(env, [{ trigger: 'cron', connectionId: id, day }])
      // What the Integrator tab would show, every half minute, so a long run says where it is.
      const watching = setInterval(() => {
        void registerStub(env)
          .readNightlySync(id)
          .then((run) => {
            const at = run?.state === 'running' ? run.progress : undefined
            console.log(
              `  ${((Date.now() - started) / 1000).toFixed(0)} s: ${run?.state ?? 'not begun'}, ` +
                `${run?.state === 'running' ? run.requests : '?'} calls` +
                (at ? `, ${at.phase} ${at.done} of ${at.total} ${at.unit}` : ''),
            )
          })
      }, 30_000)
      await instance.waitForStatus('complete').finally(() => clearInterval(watching))
      const wallS = ((await clock()) - started) / 1000
      const output = (await instance.getOutput()) as SyncOutput
      expect(output.outcome).toBe('applied')

      // The steps' figures from the run's own output: the engine's introspector keeps only the
      // latest steps' results, and waiting for an older one never ends.
      const steps = output.steps
      if (!steps) throw new Error('The sync gave no step figures.')
      // The bound the calls force: paced at the rate, or 4 at once each 100 ms late, whichever
      // is slower (Sherweb's adapter reads 4 customers at once).
      const boundS = Math.max(
        output.requests / rate.requestsPerSecond,
        (output.requests * LATENCY_MS) / 1000 / 4,
      )
      console.log(
        `RESULT edge workflow sherweb ${CUSTOMERS} customers / ${SUBSCRIPTIONS} subscriptions: ` +
          `${output.outcome} in ${wallS.toFixed(0)} s, lower bound ${boundS.toFixed(0)} s ` +
          `(${(wallS / boundS).toFixed(3)}×); ${output.requests} calls in ${steps.count} steps; ` +
          `largest step by calls: ${steps.mostCalls.name} (${steps.mostCalls.requests}); ` +
          `largest result: ${steps.largestResult.name} (${steps.largestResult.bytes} bytes); ` +
          `the plan step planned in ${output.planningMs} ms (its CPU) and applied in ${output.applyMs} ms. ` +
          `At Sherweb's own ${realRate.requestsPerSecond}/s the same calls take ` +
          `${(output.requests / realRate.requestsPerSecond / 60).toFixed(0)} min. ${output.message}`,
      )

      // The one-invocation integrator at the same size, counting its subrequests: the platform
      // ends an invocation at SUBREQUESTS_PER_INVOCATION, so this one is stopped there too.
      const other = await connection()
      let sent = 0
      const oneStarted = await clock()
      const one = await runIntegrator(
        {
          ...env,
        },
        {
          connectionId: other,
          trigger: 'cron',
          day,
          lease: {
            key: `${other}:${day}`,
            holder: 'bench',
            ttlMs: 60_000,
            afterSuccess: 'complete',
          },
          onRequest: () => {
            sent += 1
            if (sent > SUBREQUESTS_PER_INVOCATION)
              throw new Error(
                `Too many subrequests: the platform ends an invocation after ${SUBREQUESTS_PER_INVOCATION}.`,
              )
          },
          clock,
        },
      )
      const oneS = ((await clock()) - oneStarted) / 1000
      console.log(
        `RESULT edge one-invocation sherweb ${CUSTOMERS} customers: ${one.outcome} after ${sent} calls ` +
          `and ${oneS.toFixed(0)} s at the scaled rate. It needs ${output.requests} calls in one ` +
          `invocation (limit ${SUBREQUESTS_PER_INVOCATION}) and, at Sherweb's ${realRate.requestsPerSecond}/s, ` +
          `${(output.requests / realRate.requestsPerSecond).toFixed(0)} s of wall time ` +
          `(a queue consumer's limit: ${QUEUE_WALL_S} s). ${one.message}`,
      )
      // Past the subrequest limit the platform ends it; below (a smaller BENCH_SCALE) it may pass.
      if (output.requests > SUBREQUESTS_PER_INVOCATION) expect(one.outcome).toBe('failed')
    } finally {
      outbound.restore()
    }
  },
)
