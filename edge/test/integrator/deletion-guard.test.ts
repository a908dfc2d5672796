import type { Subscription } from '@seatkeeper/core'
import type { World } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import {
  deliver,
  enabledConnection,
  job,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
  subscriptionsOf,
} from './integrator-harness'

const outbound = installOutbound()

/** A connection synced once from `world` (day 1); its subscriptions after that sync. */
async function syncedOnce(
  world: World,
  integrator = {},
): Promise<{ id: string; synced: Subscription[] }> {
  serveWorld(outbound, world)
  const id = await enabledConnection('rhipe', integrator)
  const first = await deliver([{ id: `d1-${id}`, body: job(id, '2026-11-21') }])
  expect(first.explicitAcks).toEqual([`d1-${id}`])
  return { id, synced: subscriptionsOf(await snapshot(), id) }
}

/** The next day's sync; the connection's subscriptions after it. */
async function syncNextDay(id: string): Promise<Subscription[]> {
  const next = await deliver([{ id: `d2-${id}`, body: job(id, '2026-11-22') }])
  expect(next.explicitAcks).toEqual([`d2-${id}`])
  return subscriptionsOf(await snapshot(), id)
}

async function quarantineOf(
  id: string,
): Promise<Array<{ subscriptionId: string; reason: string }>> {
  const answer = await api('GET', `/api/connections/${id}/quarantine`)
  expect(answer.status).toBe(200)
  return answer.body.items
}

describe('the deletion guard', () => {
  it('holds back every removal when the listing comes back empty', async () => {
    const world = smallWorld(301)
    const { id, synced } = await syncedOnce(world)
    serveWorld(outbound, world, { shortListing: { dropShare: 1 } })
    const after = await syncNextDay(id)
    expect(after).toEqual(synced)
    const held = await quarantineOf(id)
    expect(held.map((q) => q.subscriptionId).sort()).toEqual(
      synced
        .filter((s) => s.active)
        .map((s) => s.id)
        .sort(),
    )
    expect(held[0]?.reason).toMatch(/no subscriptions at all/)
  })

  it('holds back the removals of a listing that drops more than 20% of the subscriptions', async () => {
    const world = smallWorld(302)
    const { id, synced } = await syncedOnce(world)
    serveWorld(outbound, world, { shortListing: { dropShare: 0.5 } })
    const after = await syncNextDay(id)
    // Nothing deactivated, nothing set to 0.
    expect(after.filter((s) => !s.active).length).toBe(synced.filter((s) => !s.active).length)
    expect(after.filter((s) => s.quantity === 0).length).toBe(
      synced.filter((s) => s.quantity === 0).length,
    )
    const held = await quarantineOf(id)
    expect(held.length).toBeGreaterThan(synced.length * 0.2)
    expect(held[0]?.reason).toMatch(/more than the 20%/)
    // The status counts them for the Connections page.
    expect((await api('GET', `/api/connections/${id}`)).body.status.quarantined).toBe(held.length)
  })
})

/** The world without one subscription its book had active: deleted upstream. */
function withoutOneActive(world: World): { world: World; gone: string } {
  const victim = world.subscriptions.find(
    (s) =>
      s.status === 'active' &&
      world.customers.find((c) => c.seq === s.customerSeq)?.status === 'active',
  )
  if (!victim) throw new Error('The world has no active subscription')
  return {
    world: { ...world, subscriptions: world.subscriptions.filter((s) => s !== victim) },
    gone: victim.vendorSubscriptionId,
  }
}

/** The one subscription whose record the second sync changed. */
function changedOne(
  before: Subscription[],
  after: Subscription[],
): { was: Subscription; now: Subscription } {
  const changed = after.filter((s) => s.version !== before.find((b) => b.id === s.id)?.version)
  expect(changed).toHaveLength(1)
  const now = changed[0] as Subscription
  return { was: before.find((b) => b.id === now.id) as Subscription, now }
}

describe('a subscription deleted upstream', () => {
  it('keeps its status and goes to quantity 0 when "deactivate deleted" is off', async () => {
    const world = smallWorld(303)
    const { id, synced } = await syncedOnce(world, { deactivateDeleted: false })
    serveWorld(outbound, withoutOneActive(world).world)
    const { was, now } = changedOne(synced, await syncNextDay(id))
    expect(was.quantity).toBeGreaterThan(0)
    expect(now).toMatchObject({ quantity: 0, status: was.status, active: was.active })
    expect(await runsOf(id)).toHaveLength(2)
  })

  it('becomes inactive when "deactivate deleted" is on', async () => {
    const world = smallWorld(304)
    const { id, synced } = await syncedOnce(world, { deactivateDeleted: true })
    serveWorld(outbound, withoutOneActive(world).world)
    const { was, now } = changedOne(synced, await syncNextDay(id))
    expect(was.active).toBe(true)
    expect(now.active).toBe(false)
    expect(await runsOf(id)).toHaveLength(2)
  })
})
