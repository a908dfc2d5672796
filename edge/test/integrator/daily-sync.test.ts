import { createExecutionContext, createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import type { SyncParams } from '../../src/integrator/sync-workflow'
import worker from '../../src/index'
import { registerStub } from '../../src/register/register-stub'
import { installOutbound } from '../support/outbound'
import {
  cleanRun,
  comparable,
  createConnection,
  deliver,
  enabledConnection,
  failingRegister,
  job,
  localEnv,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
  statusOf,
} from './integrator-harness'

const outbound = installOutbound()

describe('the daily cron', () => {
  it('starts exactly one sync workflow per integrator-enabled connection and none for a disabled one', async () => {
    const on = [await enabledConnection('rhipe'), await enabledConnection('arrowsphere')]
    const off = await createConnection('rhipe')
    const created: Array<{ id: string; params: SyncParams }> = []
    const workflow = {
      create: vi.fn(async (options: { id: string; params: SyncParams }) => {
        created.push(options)
        return { id: options.id }
      }),
    }
    const scheduledTime = Date.UTC(2026, 10, 21, 4, 0, 0)
    await worker.scheduled(
      createScheduledController({ scheduledTime, cron: '0 4 * * *' }),
      { ...localEnv, SYNC_WORKFLOW: workflow as unknown as Workflow },
      createExecutionContext(),
    )
    const mine = created.filter((c) => [...on, off].includes(c.params.connectionId))
    expect(mine.map((c) => c.params.connectionId).sort()).toEqual([...on].sort())
    expect(mine.every((c) => c.params.day === '2026-11-21' && c.params.trigger === 'cron')).toBe(
      true,
    )
    // The instance id is the connection and day: a doubled cron cannot start a second one.
    expect(mine.map((c) => c.id).sort()).toEqual(on.map((id) => `cron-2026-11-21-${id}`).sort())
    expect(new Set(created.map((c) => c.params.connectionId)).size).toBe(created.length)
  })
})

describe('the SYNC_JOBS consumer', () => {
  it('imports customers and subscriptions, records a cron run by the integrator and sets the status', async () => {
    const world = smallWorld(101)
    serveWorld(outbound, world)
    const id = await enabledConnection('rhipe')
    const result = await deliver([{ id: `msg-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`msg-${id}`])
    expect(result.retryMessages).toEqual([])

    const register = await snapshot()
    const mine = comparable(register, id)
    expect(mine.customers.length).toBeGreaterThan(0)
    expect(mine.mappings.length).toBe(mine.customers.length)
    expect(mine.subscriptions.length).toBeGreaterThan(0)
    const runs = await runsOf(id)
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ kind: 'sync', trigger: 'cron', actor: 'integrator' })
    const status = await statusOf(id)
    expect(status.lastSyncAt).toBeTruthy()
    expect(status.lastError).toBeUndefined()
    expect(status.lastRunId).toBe(runs[0].id)
  })
})

describe('a doubled or repeated delivery', () => {
  it('does nothing on the second message of the same connection and day, and acks both', async () => {
    serveWorld(outbound, smallWorld(102))
    const id = await enabledConnection('rhipe')
    const first = await deliver([{ id: `first-${id}`, body: job(id) }])
    expect(first.explicitAcks).toEqual([`first-${id}`])
    const before = await snapshot()
    const runs = (await runsOf(id)).length

    const second = await deliver([{ id: `second-${id}`, body: job(id) }])
    expect(second.explicitAcks).toEqual([`second-${id}`])
    expect(second.retryMessages).toEqual([])
    expect((await snapshot()).version).toBe(before.version)
    expect(await runsOf(id)).toHaveLength(runs)
    // A redelivery of the first message after its success is a no-op too.
    const again = await deliver([{ id: `first-${id}`, body: job(id), attempts: 2 }])
    expect(again.explicitAcks).toEqual([`first-${id}`])
    expect((await snapshot()).version).toBe(before.version)
  })

  it('syncs again on the next day, writing nothing when the distributor is unchanged', async () => {
    serveWorld(outbound, smallWorld(103))
    const id = await enabledConnection('rhipe')
    await deliver([{ id: `d1-${id}`, body: job(id, '2026-11-21') }])
    const before = await snapshot()
    const firstStatus = await statusOf(id)

    const next = await deliver([{ id: `d2-${id}`, body: job(id, '2026-11-22') }])
    expect(next.explicitAcks).toEqual([`d2-${id}`])
    expect((await snapshot()).version).toBe(before.version)
    expect(await runsOf(id)).toHaveLength(1)
    const status = await statusOf(id)
    expect(status.lastRunId).toBe(firstStatus.lastRunId)
    expect(status.lastError).toBeUndefined()
  })
})

describe('messages the consumer does not run', () => {
  it('acks the message of a connection whose integrator was switched off after the cron', async () => {
    serveWorld(outbound, smallWorld(104))
    const id = await enabledConnection('rhipe', { enabled: false })
    const before = await snapshot()
    const result = await deliver([{ id: `off-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`off-${id}`])
    expect((await snapshot()).version).toBe(before.version)
    expect(outbound.requests).toEqual([])
  })

  it('acks the message of a deleted connection without writing a status for it', async () => {
    const result = await deliver([{ id: 'gone-1', body: job('no-such-connection') }])
    expect(result.explicitAcks).toEqual(['gone-1'])
    const statuses = await registerStub(env).connectionStatuses()
    expect(statuses['no-such-connection']).toBeUndefined()
  })

  it('drops a message that is not a sync job', async () => {
    const result = await deliver([{ id: 'junk-1', body: { hello: 'world' } }])
    expect(result.explicitAcks).toEqual(['junk-1'])
  })
})

describe('a run that crashes', () => {
  it('is retried after failing before the apply, and the retry gives the register a clean run gives', async () => {
    const world = smallWorld(105)
    serveWorld(outbound, world)
    const id = await enabledConnection('rhipe')
    const before = await snapshot()
    const crashed = await deliver([{ id: `c-${id}`, body: job(id) }], failingRegister('applyPlan'))
    expect(crashed.retryMessages.map((m) => m.msgId)).toEqual([`c-${id}`])
    expect((await snapshot()).version).toBe(before.version)
    expect((await statusOf(id)).lastError).toMatch(/failed unexpectedly/)

    const retried = await deliver([{ id: `c-${id}`, body: job(id), attempts: 2 }])
    expect(retried.explicitAcks).toEqual([`c-${id}`])
    const after = await snapshot()
    expect(after.version).toBe(before.version + 1)
    expect(comparable(after, id)).toEqual(comparable(await cleanRun(id, before), id))
    expect((await statusOf(id)).lastError).toBeUndefined()
  })

  it('is retried after failing once the plan was applied, and the retry converges without a second run', async () => {
    serveWorld(outbound, smallWorld(106))
    const id = await enabledConnection('rhipe')
    const before = await snapshot()
    // The run applied its plan, then could not record the outcome (the register went away).
    const crashed = await deliver([{ id: `r-${id}`, body: job(id) }], failingRegister('recordSync'))
    expect(crashed.retryMessages.map((m) => m.msgId)).toEqual([`r-${id}`])

    const retried = await deliver([{ id: `r-${id}`, body: job(id), attempts: 2 }])
    expect(retried.explicitAcks).toEqual([`r-${id}`])
    const after = await snapshot()
    expect(after.version).toBe(before.version + 1)
    expect(await runsOf(id)).toHaveLength(1)
    expect(comparable(after, id)).toEqual(comparable(await cleanRun(id, before), id))
    const status = await statusOf(id)
    expect(status.lastError).toBeUndefined()
    expect(status.lastSyncAt).toBeTruthy()
  })
})
