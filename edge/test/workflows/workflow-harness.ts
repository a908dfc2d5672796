import { defaultConnectionSettings, type ConnectionSettings, type Register } from '@seatkeeper/core'
import { generateWorld, sandboxCatalogue, type World } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { expect } from 'vitest'
import { app } from '../../src/app'
import { registerStub } from '../../src/register/register-stub'
import type { Outbound } from '../support/outbound'

// What the workflow tests share: a small Sherweb book, the app called as the browser would, and
// what a connection's sync left behind.

export function world(seed: number): World {
  return generateWorld({ seed, customers: 25, subscriptions: 90 })
}

export async function call(method: string, path: string, body?: unknown) {
  const response = await app.request(
    `http://127.0.0.1${path}`,
    method === 'GET'
      ? {}
      : {
          method,
          headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        },
    env,
  )
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined, text }
}

/** A new connection to a sandbox distributor (`sherweb`, `rhipe`, …) with its sandbox credentials; its id. */
export async function sandboxConnection(distributor: string): Promise<string> {
  const entry = sandboxCatalogue.find((e) => e.id === distributor)!
  const created = await call('POST', '/api/connections', {
    distributor,
    name: `${distributor} ${crypto.randomUUID().slice(0, 8)}`,
    ...entry.credentials,
  })
  expect(created.status, created.text).toBe(201)
  return created.body.id as string
}

/** A Sherweb sandbox connection with its integrator on; its id. */
export const sherwebConnection = () => integratorConnection('sherweb')

/** A sandbox connection to `distributor` with its integrator on (the nightly run syncs it); its id. */
export async function integratorConnection(distributor: string): Promise<string> {
  const id = await sandboxConnection(distributor)
  const settings: ConnectionSettings = defaultConnectionSettings()
  await registerStub(env).putSettings(id, {
    ...settings,
    integrator: { ...settings.integrator, enabled: true },
  })
  return id
}

/** What a connection's sync left in the register, without ids: comparable across connections. */
export async function bookOf(connectionId: string) {
  const register = (await call('GET', '/api/register')).body as Register
  const mine = register.subscriptions.filter((s) => s.connectionId === connectionId)
  return mine
    .map((s) => `${s.externalId} ${s.name} ${s.quantity} ${s.status}`)
    .sort()
    .join('\n')
}

/** The connection's runs in Runs, newest first. */
export async function runsOf(connectionId: string) {
  const runs = (await call('GET', '/api/runs?limit=200')).body.runs as Array<{
    id: string
    connectionId?: string
    trigger: string
    requests?: number
    outcome?: string
    reason?: string
  }>
  return runs.filter((r) => r.connectionId === connectionId)
}

export const customerCalls = (outbound: Outbound) =>
  outbound.requests.filter((r) => new URL(r.url).pathname.endsWith('/customers')).length
export const subscriptionCalls = (outbound: Outbound, customerId?: string) =>
  outbound.requests.filter((r) => {
    const url = new URL(r.url)
    return (
      url.pathname.endsWith('/subscriptions') &&
      (customerId === undefined || url.searchParams.get('customerId') === customerId)
    )
  }).length
