import {
  compareText,
  applyPlan,
  planSync,
  type ConnectionSettings,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { adapterById, createDirectHttp } from '@seatkeeper/distributors'
import { generateWorld, sandboxCatalogue, type FaultConfig, type World } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import {
  createExecutionContext,
  createMessageBatch,
  getQueueResult,
  type QueueResult,
} from 'cloudflare:test'
import { expect } from 'vitest'
import worker from '../../src/index'
import type { SyncJob } from '../../src/integrator/sync-job'
import type { RegisterRpc } from '../../src/register/register-rpc'
import { api } from '../connections/local-api'
import type { Outbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

/** The bindings of `pnpm start`: local mode, so the sandbox environment resolves. */
export const localEnv: Env = { ...env, LOCAL_MODE: 'true' }

/** A small world of its own per test (its own seed, so customer names never meet another test's). */
export function smallWorld(seed: number, customers = 8, subscriptions = 30): World {
  return generateWorld({ seed, customers, subscriptions })
}

/** Serves `world` with `faults` at SANDBOX_ORIGIN from now on. */
export function serveWorld(outbound: Outbound, world: World, faults?: FaultConfig): void {
  outbound.serve(SANDBOX_ORIGIN, testSandbox({ world, ...(faults ? { faults } : {}) }).handler)
}

/** A connection to one simulator, created through the API as the web app does; its id. */
export async function createConnection(distributor: string): Promise<string> {
  const entry = sandboxCatalogue.find((e) => e.id === distributor)
  if (!entry) throw new Error(`No sandbox for ${distributor}`)
  const answer = await api('POST', '/api/connections', {
    distributor,
    name: `${distributor} ${crypto.randomUUID().slice(0, 8)}`,
    ...entry.credentials,
  })
  expect(answer.status, answer.text).toBe(201)
  return answer.body.id as string
}

/** Turns the integrator on (or sets other integrator options) through PUT …/settings. */
export async function setIntegrator(
  id: string,
  integrator: Partial<ConnectionSettings['integrator']> = {},
): Promise<void> {
  const current = (await api('GET', `/api/connections/${id}/settings`)).body as ConnectionSettings
  const answer = await api('PUT', `/api/connections/${id}/settings`, {
    ...current,
    integrator: { ...current.integrator, enabled: true, ...integrator },
  })
  expect(answer.status, answer.text).toBe(200)
}

/** A connection with the integrator on, ready for a sync. */
export async function enabledConnection(distributor = 'rhipe', integrator = {}): Promise<string> {
  const id = await createConnection(distributor)
  await setIntegrator(id, integrator)
  return id
}

export type Delivery = { id: string; body: unknown; attempts?: number }

/** Delivers messages to the Worker's queue handler as the SYNC_JOBS consumer gets them. */
export async function deliver(
  messages: Delivery[],
  bindings: Env = localEnv,
): Promise<QueueResult> {
  const batch = createMessageBatch<unknown>(
    'seatkeeper-sync-jobs',
    messages.map((m) => ({
      id: m.id,
      timestamp: new Date(),
      attempts: m.attempts ?? 1,
      body: m.body,
    })),
  )
  const ctx = createExecutionContext()
  await worker.queue(batch, bindings, ctx)
  return getQueueResult(batch, ctx)
}

/** One job of today's cron for `connectionId`. */
export function job(connectionId: string, day = '2026-11-21'): SyncJob {
  return { connectionId, day }
}

export async function snapshot(): Promise<Register> {
  return (await api('GET', '/api/register')).body as Register
}

/** Every run of the connection in the ledger, newest first: those that wrote and those that did not. */
export async function ledgerOf(connectionId: string): Promise<any[]> {
  const runs = (await api('GET', '/api/runs?limit=200')).body.runs as any[]
  return runs.filter((r) => r.connectionId === connectionId)
}

/** The connection's runs that wrote to the register (operations > 0), newest first. */
export async function runsOf(connectionId: string): Promise<any[]> {
  return (await ledgerOf(connectionId)).filter((r) => r.operations > 0)
}

export async function statusOf(
  connectionId: string,
): Promise<{ lastSyncAt?: string; lastError?: string; lastRunId?: string; quarantined: number }> {
  const answer = await api('GET', `/api/connections/${connectionId}`)
  expect(answer.status, answer.text).toBe(200)
  return answer.body.status
}

export function subscriptionsOf(register: Register, connectionId: string): Subscription[] {
  return register.subscriptions.filter((s) => s.connectionId === connectionId)
}

/**
 * The connection's part of the register with ids and versions replaced by what they stand for
 * (customers by name, subscriptions by external id), so two runs can be compared record by record.
 */
export function comparable(register: Register, connectionId: string) {
  const nameOf = new Map(register.customers.map((c) => [c.id, c.name]))
  const mappings = register.mappings.filter((m) => m.connectionId === connectionId)
  const customerIds = new Set(mappings.map((m) => m.customerId))
  const strip = <T extends { id?: string; version?: number }>({
    id: _id,
    version: _v,
    ...rest
  }: T) => rest
  return {
    customers: register.customers
      .filter((c) => customerIds.has(c.id))
      .map((c) => strip(c))
      .sort((a, b) => compareText(a.name, b.name)),
    mappings: mappings
      .map((m) => ({ ...m, customerId: nameOf.get(m.customerId) }))
      .sort((a, b) => compareText(a.externalCustomerId, b.externalCustomerId)),
    subscriptions: subscriptionsOf(register, connectionId)
      .map((s) => ({ ...strip(s), customerId: nameOf.get(s.customerId) }))
      .sort((a, b) => compareText(a.externalId, b.externalId)),
  }
}

/**
 * Bindings whose register stub fails the named RPC method the first `times` times it is called
 * (a crash at that point of the run), then behaves.
 */
export function failingRegister(method: keyof RegisterRpc, times = 1): Env {
  let left = times
  const namespace = {
    idFromName: (name: string) => env.REGISTER.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = env.REGISTER.get(id) as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >
      return new Proxy(stub, {
        get(target, prop) {
          if (prop === method && left > 0) {
            return async () => {
              left--
              throw new Error(`Injected failure of ${String(method)}`)
            }
          }
          // A stub answers every property name with a remote method: call it on the stub itself.
          return (...args: unknown[]) => target[prop as string]!(...args)
        },
      })
    },
  }
  return { ...localEnv, REGISTER: namespace as unknown as Env['REGISTER'] }
}

/**
 * The register a clean run of connection `id` would give from `before`: the listing read
 * directly with the adapter, planned and applied by the core (the test's own oracle).
 */
export async function cleanRun(id: string, before: Register): Promise<Register> {
  const view = (await api('GET', `/api/connections/${id}`)).body
  const settings = (await api('GET', `/api/connections/${id}/settings`)).body as ConnectionSettings
  const adapter = adapterById(view.distributor)
  const entry = sandboxCatalogue.find((e) => e.id === view.distributor)
  if (!adapter || !entry) throw new Error(`No adapter for ${view.distributor}`)
  const http = createDirectHttp({
    adapter,
    credentials: entry.credentials,
    fetch: (input, init) => fetch(input, init),
    cacheKey: `oracle-${id}`,
    env: { sandboxOrigin: SANDBOX_ORIGIN },
  })
  const customers = await adapter.listCustomers(http)
  const subscriptions = await adapter.listSubscriptions(http)
  const plan = planSync({
    connection: { id, distributor: adapter.id, distributorLabel: adapter.label },
    listing: {
      customers: { items: customers.items, complete: customers.complete },
      subscriptions: { items: subscriptions.items, complete: subscriptions.complete },
    },
    register: before,
    settings,
    today: new Date().toISOString().slice(0, 10),
  })
  return applyPlan(before, plan)
}
