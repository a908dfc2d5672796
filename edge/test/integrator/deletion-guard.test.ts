import type { Subscription } from '@seatkeeper/core'
import type { World } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { runIntegrator } from '../../src/integrator/run-integrator'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import {
  deliver,
  enabledConnection,
  job,
  ledgerOf,
  localEnv,
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
    // The day's run is in the ledger as held back, with the reason.
    const [latest] = await ledgerOf(id)
    expect(latest).toMatchObject({ outcome: 'held-back', reason: held[0]?.reason })
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

/** The day's sync; the connection's subscriptions after it. */
async function syncOn(id: string, day: string): Promise<Subscription[]> {
  const answer = await deliver([{ id: `${day}-${id}`, body: job(id, day) }])
  expect(answer.explicitAcks).toEqual([`${day}-${id}`])
  return subscriptionsOf(await snapshot(), id)
}

const byExternalId = (subs: Subscription[], externalId: string) =>
  subs.find((s) => s.externalId === externalId) as Subscription

describe('a subscription gone from the listing', () => {
  it('is removed only when the second run still misses it, and is simply present again when it comes back', async () => {
    const world = smallWorld(304)
    const { id, synced } = await syncedOnce(world, { deactivateDeleted: true })
    const { world: without, gone } = withoutOneActive(world)
    const was = byExternalId(synced, gone)
    serveWorld(outbound, without)

    // Day 2: missing since that day, still active with its quantity; every other record untouched.
    const day2 = await syncNextDay(id)
    expect(byExternalId(day2, gone)).toEqual({
      ...was,
      missingSince: '2026-11-22',
      version: was.version + 1,
    })
    expect(day2.filter((s) => s.externalId !== gone)).toEqual(
      synced.filter((s) => s.externalId !== gone),
    )
    // A second run on the same day (a Sync now) does not confirm it.
    const sameDay = await runIntegrator(localEnv, {
      connectionId: id,
      trigger: 'sync-now',
      day: '2026-11-22',
      lease: { key: `${id}:now`, holder: 'same-day', ttlMs: 60_000, afterSuccess: 'release' },
    })
    expect(sameDay.outcome).toBe('no-changes')
    expect(byExternalId(subscriptionsOf(await snapshot(), id), gone).active).toBe(true)

    // Day 3: still missing, so it is deactivated.
    const day3 = await syncOn(id, '2026-11-23')
    expect(byExternalId(day3, gone)).toMatchObject({ active: false, quantity: was.quantity })

    // Day 4: it is listed again: active, no longer missing.
    serveWorld(outbound, world)
    const day4 = byExternalId(await syncOn(id, '2026-11-24'), gone)
    expect(day4).toMatchObject({ active: true, quantity: was.quantity })
    expect(day4).not.toHaveProperty('missingSince')
  })

  it('goes to quantity 0 and keeps its status on confirmation when "deactivate deleted" is off', async () => {
    const world = smallWorld(303)
    const { id, synced } = await syncedOnce(world, { deactivateDeleted: false })
    const { world: without, gone } = withoutOneActive(world)
    const was = byExternalId(synced, gone)
    serveWorld(outbound, without)
    expect(byExternalId(await syncNextDay(id), gone).quantity).toBe(was.quantity)
    const now = byExternalId(await syncOn(id, '2026-11-23'), gone)
    expect(was.quantity).toBeGreaterThan(0)
    expect(now).toMatchObject({ quantity: 0, status: was.status, active: was.active })
  })

  it('a listing that silently drops 10% of the subscriptions for one day removes none of them', async () => {
    const world = smallWorld(305, 10, 100)
    const { id, synced } = await syncedOnce(world)
    serveWorld(outbound, world, { shortListing: { dropShare: 0.1 } })
    const day2 = await syncNextDay(id)
    expect(day2.filter((s) => s.missingSince === '2026-11-22').length).toBeGreaterThan(0)
    expect(day2.map((s) => [s.externalId, s.active, s.quantity])).toEqual(
      synced.map((s) => [s.externalId, s.active, s.quantity]),
    )
    serveWorld(outbound, world)
    expect(await syncOn(id, '2026-11-23')).toEqual(
      synced.map((s) => ({ ...s, version: expect.any(Number) })),
    )
  })
})
