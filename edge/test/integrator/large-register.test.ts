import type { PlanOperation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { applyNow, uniqueId } from '../register/register-api'
import {
  comparable,
  deliver,
  enabledConnection,
  job,
  runsOf,
  serveWorld,
  smallWorld,
  snapshot,
} from './integrator-harness'

const outbound = installOutbound()

// More customers than one snapshot page holds (2,000, register-snapshot.ts), stored before the
// connection's own records: a run that read only the first page would not see its mappings.
const FILLER = 2_500

describe('the integrator on a register larger than one snapshot page', () => {
  it('reads every page: the next day it finds its own customers and writes nothing', async () => {
    const filler: PlanOperation[] = []
    for (let i = 0; i < FILLER; i++) {
      const after = { id: uniqueId('cus'), name: `Filler ${i}`, inactive: false, version: 1 }
      filler.push({ op: 'createCustomer', after })
    }
    expect((await applyNow('customer-import', filler)).status).toBe(200)
    serveWorld(outbound, smallWorld(211))
    const id = await enabledConnection('rhipe')

    await deliver([{ id: `big-1-${id}`, body: job(id, '2026-11-21') }])
    const first = await snapshot()
    const mine = comparable(first, id)
    expect(mine.customers.length).toBeGreaterThan(0)
    expect(mine.mappings.length).toBe(mine.customers.length)

    const next = await deliver([{ id: `big-2-${id}`, body: job(id, '2026-11-22') }])
    expect(next.explicitAcks).toEqual([`big-2-${id}`])
    expect((await snapshot()).version).toBe(first.version)
    expect(await runsOf(id)).toHaveLength(1)
  })

  it('sends a first sync of more than 10,000 operations in parts, applied as one run', async () => {
    // 2,000 customers and 8,000 subscriptions: customers, their mappings and subscriptions are
    // over 10,000 operations, one RPC's worth of plan (OPERATIONS_PER_PART, sync-connection.ts).
    serveWorld(outbound, smallWorld(212, 2_000, 8_000))
    const id = await enabledConnection('rhipe')
    const result = await deliver([{ id: `parts-${id}`, body: job(id, '2026-11-23') }])
    expect(result.explicitAcks).toEqual([`parts-${id}`])
    const [run] = await runsOf(id)
    expect(run.operations).toBeGreaterThan(10_000)
    const mine = comparable(await snapshot(), id)
    expect(mine.customers.length + mine.mappings.length + mine.subscriptions.length).toBe(
      run.operations,
    )
  })
})
