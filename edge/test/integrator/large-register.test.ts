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
})
