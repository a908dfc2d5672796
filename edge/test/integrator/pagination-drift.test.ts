import { describe, expect, it } from 'vitest'
import { runIntegrator } from '../../src/integrator/run-integrator'
import { installOutbound } from '../support/outbound'
import {
  deliver,
  enabledConnection,
  job,
  localEnv,
  serveWorld,
  smallWorld,
  snapshot,
  subscriptionsOf,
} from './integrator-harness'

const outbound = installOutbound()

// 10 customers and 130 licences: two pages of ArrowSphere's 100. With pageDrift after page 1, the
// last licence moves to the front once page 1 was read: page 2 starts with page 1's last licence
// again, and the mover is on no page read. The total ArrowSphere announces stays 130.
const world = (seed: number) => smallWorld(seed, 10, 130)
const DRIFT = { pageDrift: { afterPage: 1 } }

async function night(id: string, day: string): Promise<void> {
  const result = await deliver([{ id: `${day}-${id}`, body: job(id, day) }])
  expect(result.explicitAcks).toEqual([`${day}-${id}`])
}

/** The cron's run of the day without the client's pacing (Ingram reads one detail per subscription). */
async function unpacedNight(id: string, day: string): Promise<void> {
  const result = await runIntegrator(localEnv, {
    connectionId: id,
    trigger: 'cron',
    day,
    lease: { key: `${id}:${day}`, holder: `run-${day}`, ttlMs: 60_000, afterSuccess: 'complete' },
    http: { pace: false },
  })
  expect(result.outcome, result.message).not.toBe('failed')
}

const externalIds = async (id: string) =>
  subscriptionsOf(await snapshot(), id).map((s) => s.externalId)

describe('pagination drift: a licence moves between pages while the integrator lists', () => {
  // Two layers keep the repeated licence single: read-all-pages.ts drops it, and planSync skips a
  // subscription listed twice. Checked to fail with both removed: the plan creates it twice, the
  // register refuses the plan ("already exists") and nothing is imported.
  it('imports every licence read once, none twice, and the mover on the next clean night', async () => {
    const w = world(611)
    serveWorld(outbound, w, DRIFT)
    const id = await enabledConnection('arrowsphere')
    await night(id, '2026-11-21')
    const drifted = await externalIds(id)
    expect(drifted.length).toBeGreaterThan(100)
    expect(new Set(drifted).size).toBe(drifted.length)

    serveWorld(outbound, w)
    await night(id, '2026-11-22')
    const clean = await externalIds(id)
    expect(new Set(clean).size).toBe(clean.length)
    // Nothing lost: the clean night adds exactly the licence the drift hid, and keeps the rest.
    expect(clean.filter((x) => !drifted.includes(x))).toHaveLength(1)
    expect(drifted.every((x) => clean.includes(x))).toBe(true)
  })

  // Checked to fail: with the "announced N but listed fewer" check of read-all-pages.ts removed, the
  // drifted listing counts as complete: the first night marks the mover missing, the second
  // deactivates it. (Also with the adapter's de-duplication removed: the doubled licence makes the
  // count add up to the total.)
  it('neither marks nor removes the licence a drifted listing left out, night after night', async () => {
    const w = world(612)
    serveWorld(outbound, w)
    const id = await enabledConnection('arrowsphere')
    await night(id, '2026-11-21')
    const before = await snapshot()

    for (const day of ['2026-11-22', '2026-11-23']) {
      serveWorld(outbound, w, DRIFT)
      await night(id, day)
    }

    const after = await snapshot()
    expect(after.version).toBe(before.version)
    expect(subscriptionsOf(after, id)).toEqual(subscriptionsOf(before, id))
    expect(subscriptionsOf(after, id).filter((s) => s.missingSince || !s.active)).toEqual(
      subscriptionsOf(before, id).filter((s) => s.missingSince || !s.active),
    )
  })

  // Checked to fail: with the total comparison of ingram/read-all-offsets.ts removed, the third
  // night's drifted listing counts as complete and marks a subscription missing.
  it('on an offset-paged API (Ingram Micro), a subscription created before the cursor mid-listing: none doubled, none marked, the new one on the next night', async () => {
    const w = world(613)
    const insert = { pageDrift: { afterPage: 1, kind: 'insert' as const } }
    serveWorld(outbound, w, insert)
    const id = await enabledConnection('ingram')
    await unpacedNight(id, '2026-11-21')
    const drifted = await externalIds(id)
    expect(drifted.length).toBeGreaterThan(100)
    expect(new Set(drifted).size).toBe(drifted.length)

    serveWorld(outbound, w)
    await unpacedNight(id, '2026-11-22')
    const clean = await externalIds(id)
    expect(clean.filter((x) => !drifted.includes(x))).toHaveLength(1)
    expect(drifted.every((x) => clean.includes(x))).toBe(true)
    const before = await snapshot()

    // The next night the record is created mid-listing again: the listing is known to be partial.
    serveWorld(outbound, w, insert)
    await unpacedNight(id, '2026-11-23')
    expect(subscriptionsOf(await snapshot(), id)).toEqual(subscriptionsOf(before, id))
  })
})
