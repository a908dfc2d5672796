import type { Register } from '@seatkeeper/core'
import type { World, WorldCustomer, WorldSubscription } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { deliver, enabledConnection, job, localEnv, snapshot } from './integrator-harness'

const outbound = installOutbound()

let random: MockInstance | undefined
afterEach(() => {
  random?.mockRestore()
  random = undefined
})

// A world written out by hand, so the register expected after the nights below can be too.
const customer = (seq: number, name: string): WorldCustomer => ({
  seq,
  name,
  registerName: name,
  exactInRegister: true,
  domain: `crash-${seq}.example`,
  status: 'active',
  hasCspTenant: true,
  createdAt: '2025-03-01',
})
const subscription = (
  seq: number,
  customerSeq: number,
  productName: string,
  sku: string,
  quantity: number,
  status: WorldSubscription['status'] = 'active',
): WorldSubscription => ({
  seq,
  customerSeq,
  vendorSubscriptionId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  productName,
  sku,
  quantity,
  status,
  trial: false,
  billingCycle: 'monthly',
  termMonths: 12,
  autoRenew: true,
  startDate: '2025-03-01',
  commitmentEndDate: '2026-02-28',
  unitCost: 10,
  unitPrice: 12,
  currency: 'USD',
})

const customers = [
  customer(1, 'Alder Crash Joinery Pty Ltd'),
  customer(2, 'Birch Crash Dental Group'),
  customer(3, 'Cedar Crash Legal'),
]
const nightOne: World = {
  seed: 631,
  today: '2026-01-01',
  partnerName: 'Crash Test MSP',
  currency: 'USD',
  customers,
  subscriptions: [
    subscription(1, 1, 'Microsoft 365 Business Premium', 'M365-BP', 12),
    subscription(2, 1, 'Exchange Online (Plan 1)', 'EXO-P1', 3),
    subscription(3, 1, 'Project Plan 3', 'PRJ-P3', 1),
    subscription(4, 2, 'Microsoft 365 Business Basic', 'M365-BB', 25),
    subscription(5, 2, 'Power BI Pro', 'PBI-PRO', 4),
    subscription(6, 2, 'Visio Plan 2', 'VISIO-P2', 2),
    subscription(7, 3, 'Microsoft Defender for Business', 'MDB', 8),
  ],
}
// The next day at Sherweb: two more Exchange seats, Defender cancelled (Sherweb then lists it no
// more), a Teams Rooms licence bought.
const nightTwo: World = {
  ...nightOne,
  subscriptions: [
    ...nightOne.subscriptions.map((s) =>
      s.seq === 2
        ? { ...s, quantity: 5 }
        : s.seq === 7
          ? { ...s, status: 'cancelled' as const }
          : s,
    ),
    subscription(8, 3, 'Microsoft Teams Rooms Pro', 'MTR-PRO', 1),
  ],
}

/** The register in words: what a person reading the Customers page would check. */
function seen(register: Register, connectionId: string) {
  const mappings = register.mappings.filter((m) => m.connectionId === connectionId)
  const mapped = new Set(mappings.map((m) => m.customerId))
  const nameOf = new Map(register.customers.map((c) => [c.id, c.name]))
  return {
    customers: register.customers
      .filter((c) => mapped.has(c.id))
      .map((c) => ({ name: c.name, inactive: c.inactive }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    subscriptions: register.subscriptions
      .filter((s) => s.connectionId === connectionId)
      .map((s) => ({
        customer: nameOf.get(s.customerId),
        name: s.name,
        sku: s.sku,
        quantity: s.quantity,
        active: s.active,
        ...(s.missingSince ? { missingSince: s.missingSince } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}

const CUSTOMERS = [
  { name: 'Alder Crash Joinery Pty Ltd', inactive: false },
  { name: 'Birch Crash Dental Group', inactive: false },
  { name: 'Cedar Crash Legal', inactive: false },
]
const ALDER = 'Alder Crash Joinery Pty Ltd'
const BIRCH = 'Birch Crash Dental Group'
const CEDAR = 'Cedar Crash Legal'

/** After night one: every subscription as Sherweb listed it. */
const AFTER_NIGHT_ONE = {
  customers: CUSTOMERS,
  subscriptions: [
    { customer: ALDER, name: 'Exchange Online (Plan 1)', sku: 'EXO-P1', quantity: 3, active: true },
    {
      customer: BIRCH,
      name: 'Microsoft 365 Business Basic',
      sku: 'M365-BB',
      quantity: 25,
      active: true,
    },
    {
      customer: ALDER,
      name: 'Microsoft 365 Business Premium',
      sku: 'M365-BP',
      quantity: 12,
      active: true,
    },
    {
      customer: CEDAR,
      name: 'Microsoft Defender for Business',
      sku: 'MDB',
      quantity: 8,
      active: true,
    },
    { customer: BIRCH, name: 'Power BI Pro', sku: 'PBI-PRO', quantity: 4, active: true },
    { customer: ALDER, name: 'Project Plan 3', sku: 'PRJ-P3', quantity: 1, active: true },
    { customer: BIRCH, name: 'Visio Plan 2', sku: 'VISIO-P2', quantity: 2, active: true },
  ],
}

/**
 * After night two, crashed and then run again: the new quantity, the new licence, and Defender
 * missing since that day but still active (a removal needs a second day's listing to confirm it).
 */
const AFTER_NIGHT_TWO = {
  customers: CUSTOMERS,
  subscriptions: [
    { customer: ALDER, name: 'Exchange Online (Plan 1)', sku: 'EXO-P1', quantity: 5, active: true },
    {
      customer: BIRCH,
      name: 'Microsoft 365 Business Basic',
      sku: 'M365-BB',
      quantity: 25,
      active: true,
    },
    {
      customer: ALDER,
      name: 'Microsoft 365 Business Premium',
      sku: 'M365-BP',
      quantity: 12,
      active: true,
    },
    {
      customer: CEDAR,
      name: 'Microsoft Defender for Business',
      sku: 'MDB',
      quantity: 8,
      active: true,
      missingSince: '2026-11-22',
    },
    {
      customer: CEDAR,
      name: 'Microsoft Teams Rooms Pro',
      sku: 'MTR-PRO',
      quantity: 1,
      active: true,
    },
    { customer: BIRCH, name: 'Power BI Pro', sku: 'PBI-PRO', quantity: 4, active: true },
    { customer: ALDER, name: 'Project Plan 3', sku: 'PRJ-P3', quantity: 1, active: true },
    { customer: BIRCH, name: 'Visio Plan 2', sku: 'VISIO-P2', quantity: 2, active: true },
  ],
}

const SUBSCRIPTIONS_PATH = '/sherweb/service-provider/v1/billing/subscriptions'

/**
 * Serves `world`; with `crash`, the run dies once the first customer's subscriptions were read: the
 * later calls fail on the network and, from then on, the register is unreachable too (the isolate
 * is gone, so no failure is recorded and the lease stays held), until the queue delivers again.
 */
function serve(world: World, crash?: { down: boolean }): void {
  const { handler } = testSandbox({ world })
  let subscriptionCalls = 0
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    if (crash && new URL(request.url).pathname === SUBSCRIPTIONS_PATH && ++subscriptionCalls > 1) {
      crash.down = true
      throw new TypeError('Network connection lost.')
    }
    return handler(request)
  })
}

/** Bindings whose register refuses every call while `state.down`. */
function registerGoesDown(state: { down: boolean }): Env {
  const namespace = {
    idFromName: (name: string) => env.REGISTER.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = env.REGISTER.get(id) as unknown as Record<string, (...a: unknown[]) => unknown>
      return new Proxy(stub, {
        get:
          (target, prop) =>
          (...args: unknown[]) => {
            if (state.down) throw new Error('The isolate is gone.')
            return target[prop as string]!(...args)
          },
      })
    },
  }
  return { ...localEnv, REGISTER: namespace as unknown as Env['REGISTER'] }
}

describe('a crash mid-listing', () => {
  // Checked to fail: with the lease store refusing a lease to its own holder (lease-store.ts), the
  // redelivered message finds its night "already running" and writes nothing; with the first
  // absence removing at once (plan-sync.ts), Defender is deactivated instead of missing since.
  it('leaves the register as the night before, and the queue’s next delivery gives exactly the expected register', async () => {
    random = vi.spyOn(Math, 'random').mockReturnValue(0)
    serve(nightOne)
    const id = await enabledConnection('sherweb')
    const first = await deliver([{ id: `n1-${id}`, body: job(id, '2026-11-21') }])
    expect(first.explicitAcks).toEqual([`n1-${id}`])
    expect(seen(await snapshot(), id)).toEqual(AFTER_NIGHT_ONE)
    const before = await snapshot()

    const crash = { down: false }
    serve(nightTwo, crash)
    const crashed = await deliver(
      [{ id: `n2-${id}`, body: job(id, '2026-11-22') }],
      registerGoesDown(crash),
    )
    expect(crash.down).toBe(true)
    expect(crashed.retryMessages.map((m) => m.msgId)).toEqual([`n2-${id}`])
    expect(await snapshot()).toEqual(before)

    // The queue delivers the same message again; the distributor answers in full.
    serve(nightTwo)
    const again = await deliver([{ id: `n2-${id}`, body: job(id, '2026-11-22'), attempts: 2 }])
    expect(again.explicitAcks).toEqual([`n2-${id}`])
    expect(seen(await snapshot(), id)).toEqual(AFTER_NIGHT_TWO)
  })
})
