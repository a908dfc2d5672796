import { SyncNowReadSchema } from '@seatkeeper/core'
import { introspectWorkflow, introspectWorkflowInstance } from 'cloudflare:test'
import * as v from 'valibot'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { startSyncs } from '../../src/integrator/start-sync'
import { syncInstanceId, type SyncOutput } from '../../src/integrator/sync-workflow'
import { registerStub } from '../../src/register/register-stub'
import { installOutbound } from '../support/outbound'
import { generateWorld } from '@seatkeeper/sandbox'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import {
  bookOf,
  call,
  customerCalls,
  integratorConnection,
  runsOf,
  sherwebConnection,
  subscriptionCalls,
  world,
} from './workflow-harness'

// The sync workflow on the real Workflows engine (vitest.workflows.config.ts: local mode, steps of
// ten customers). Sherweb reads subscriptions one customer at a time, so a 25-customer book is a
// customers step, three subscriptions steps (10, 10, 5 customers) and the plan step.
const outbound = installOutbound()
const DAY = '2026-12-02'
const STEPS = ['subscriptions 1 of 3', 'subscriptions 2 of 3', 'subscriptions 3 of 3']

describe('the sync workflow', () => {
  it('syncs a Sherweb book as steps of ten customers, each step inside its limits, and records the run', async () => {
    const book = world(301)
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: book }).handler)
    const id = await sherwebConnection()
    const instanceId = syncInstanceId({ trigger: 'cron', connectionId: id, day: DAY })
    await using instance = await introspectWorkflowInstance(env.SYNC_WORKFLOW, instanceId)
    await startSyncs(env, [{ trigger: 'cron', connectionId: id, day: DAY }])
    await instance.waitForStatus('complete')

    const output = (await instance.getOutput()) as SyncOutput
    expect(output.outcome).toBe('applied')
    const customers = (await instance.waitForStepResult({ name: 'customers' })) as {
      ok: true
      value: { count: number; parts: number }
    }
    expect(customers.value).toMatchObject({ count: 25, parts: 3 })
    const counts = [10, 10, 5]
    let subscriptions = 0
    for (const [index, name] of STEPS.entries()) {
      const result = (await instance.waitForStepResult({ name })) as {
        ok: true
        value: { count: number; requests: number; complete: boolean }
      }
      // One call per customer of the step (a token exchange at most besides), and a result of
      // counts, far under the platform's 1 MiB.
      expect(result.value.requests).toBeGreaterThanOrEqual(counts[index]!)
      expect(result.value.requests).toBeLessThanOrEqual(counts[index]! + 1)
      expect(JSON.stringify(result).length).toBeLessThan(1_000)
      expect(result.value.complete).toBe(true)
      subscriptions += result.value.count
    }
    // Every listed subscription is in the register (the world's deleted ones are not listed).
    const kept = (await bookOf(id)).split('\n').filter(Boolean).length
    expect(subscriptions).toBeGreaterThan(50)
    expect(kept).toBe(subscriptions)
    expect(customerCalls(outbound)).toBe(1)
    expect(subscriptionCalls(outbound)).toBe(25)

    // Runs shows the run, with every request of every step.
    const run = (await runsOf(id)).find((r) => r.id === output.runId)
    expect(run).toMatchObject({ trigger: 'cron', requests: output.requests })
    expect(output.requests).toBeGreaterThanOrEqual(26)
    const { status } = (await call('GET', `/api/connections/${id}`)).body
    expect(status.lastRunId).toBe(output.runId)
  })

  it('resumes after a step fails without reading again what earlier steps read, and ends with the register a clean run gives', async () => {
    const book = world(302)
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: book }).handler)
    const clean = await sherwebConnection()
    const broken = await sherwebConnection()

    await using cleanRun = await introspectWorkflowInstance(
      env.SYNC_WORKFLOW,
      syncInstanceId({ trigger: 'cron', connectionId: clean, day: DAY }),
    )
    await startSyncs(env, [{ trigger: 'cron', connectionId: clean, day: DAY }])
    await cleanRun.waitForStatus('complete')
    const before = {
      customers: customerCalls(outbound),
      subscriptions: subscriptionCalls(outbound),
    }

    await using instance = await introspectWorkflowInstance(
      env.SYNC_WORKFLOW,
      syncInstanceId({ trigger: 'cron', connectionId: broken, day: DAY }),
    )
    await instance.modify(async (m) => {
      await m.disableRetryDelays()
      // The isolate dies in the second step, then the plan step times out once.
      await m.mockStepError({ name: STEPS[1]! }, new Error('The isolate running the step died.'), 1)
      await m.forceStepTimeout({ name: 'plan, apply and record' }, 1)
    })
    await startSyncs(env, [{ trigger: 'cron', connectionId: broken, day: DAY }])
    await instance.waitForStatus('complete')
    expect(((await instance.getOutput()) as SyncOutput).outcome).toBe('applied')

    // The customer list was read once, and so were the first step's customers' subscriptions.
    expect(customerCalls(outbound) - before.customers).toBe(1)
    expect(subscriptionCalls(outbound) - before.subscriptions).toBe(25)
    expect(await bookOf(broken)).toBe(await bookOf(clean))
  })

  it('starts one instance for a doubled cron of the same connection and day', async () => {
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: world(303) }).handler)
    const id = await sherwebConnection()
    await using introspector = await introspectWorkflow(env.SYNC_WORKFLOW)
    const job = { trigger: 'cron' as const, connectionId: id, day: DAY }
    await startSyncs(env, [job])
    await startSyncs(env, [job])
    const instances = await introspector.get()
    expect(instances).toHaveLength(1)
    await instances[0]!.waitForStatus('complete')
    expect(customerCalls(outbound)).toBe(1)
  })

  it('records a failure no retry can help in Runs and on the connection, and frees the day', async () => {
    outbound.serve(SANDBOX_ORIGIN, testSandbox({ world: world(304) }).handler)
    const id = await sherwebConnection()
    // The client secret changed in Cumulus since the connection was saved.
    const edited = await call('PATCH', `/api/connections/${id}`, {
      secrets: { clientSecret: 'no-longer-valid' },
    })
    const instanceId = syncInstanceId({ trigger: 'cron', connectionId: id, day: DAY })
    await using instance = await introspectWorkflowInstance(env.SYNC_WORKFLOW, instanceId)
    await startSyncs(env, [{ trigger: 'cron', connectionId: id, day: DAY }])
    await instance.waitForStatus('complete')
    const output = (await instance.getOutput()) as SyncOutput
    if (edited.status !== 200) throw new Error(`Editing the secret failed: ${edited.text}`)
    expect(output.outcome).toBe('failed')
    expect(output.message).toMatch(/^Nothing was changed\./)
    const runs = await runsOf(id)
    expect(runs[0]).toMatchObject({ outcome: 'failed', reason: output.message })
    // The day's lease is free again: a Sync now or a retry may run.
    expect(await registerStub(env).acquireLease(`${id}:${DAY}`, 'someone-else', 1_000)).toBe(
      'acquired',
    )
  })
})

describe('a nightly run as the Integrator tab reads it', () => {
  it('reports the customers read so far while it runs, then how it ended', async () => {
    const { handler } = testSandbox({ world: world(305) })
    // The subscriptions of the 15th customer read wait until released: the run is mid-way.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let reads = 0
    outbound.serve(SANDBOX_ORIGIN, async (request) => {
      if (new URL(request.url).pathname.endsWith('/subscriptions') && ++reads === 15) await held
      return handler(request)
    })
    const id = await sherwebConnection()
    const nightly = async () => {
      const answer = await call('GET', `/api/connections/${id}/nightly-sync`)
      expect(answer.status, answer.text).toBe(200)
      return v.parse(SyncNowReadSchema, answer.body).latest
    }
    expect(await nightly()).toBeNull()
    const instanceId = syncInstanceId({ trigger: 'cron', connectionId: id, day: DAY })
    await using instance = await introspectWorkflowInstance(env.SYNC_WORKFLOW, instanceId)
    await startSyncs(env, [{ trigger: 'cron', connectionId: id, day: DAY }])
    await expect
      .poll(async () => {
        const running = await nightly()
        return running?.state === 'running' ? running.progress : undefined
      })
      .toMatchObject({ phase: 'subscriptions', unit: 'customers', done: 10, total: 23 })
    release()
    await instance.waitForStatus('complete')
    const output = (await instance.getOutput()) as SyncOutput
    expect(await nightly()).toMatchObject({
      id: instanceId,
      state: 'finished',
      outcome: 'applied',
      runId: output.runId,
    })
  })

  it('reports pages read of all for a distributor that pages in bulk, while the page it waits on is slow', async () => {
    // ArrowSphere reads every licence in pages of 100: 450 licences are five pages.
    const { handler } = testSandbox({
      world: generateWorld({ seed: 309, customers: 25, subscriptions: 450 }),
    })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    outbound.serve(SANDBOX_ORIGIN, async (request) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/licenses/v2/find') && url.searchParams.get('page') === '5')
        await held
      return handler(request)
    })
    const id = await integratorConnection('arrowsphere')
    const instanceId = syncInstanceId({ trigger: 'cron', connectionId: id, day: DAY })
    await using instance = await introspectWorkflowInstance(env.SYNC_WORKFLOW, instanceId)
    await startSyncs(env, [{ trigger: 'cron', connectionId: id, day: DAY }])
    const nightly = async () =>
      v.parse(SyncNowReadSchema, (await call('GET', `/api/connections/${id}/nightly-sync`)).body)
        .latest
    // Pages 1–4 read, the fifth held: reported within a second although no request follows.
    await expect
      .poll(
        async () => {
          const running = await nightly()
          return running?.state === 'running' ? running.progress : undefined
        },
        { timeout: 10_000 },
      )
      .toMatchObject({ phase: 'subscriptions', unit: 'pages', done: 4, total: 5 })
    release()
    await instance.waitForStatus('complete')
    expect(await nightly()).toMatchObject({ state: 'finished', outcome: 'applied' })
  })
})
