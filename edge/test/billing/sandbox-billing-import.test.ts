import type { Customer } from '@seatkeeper/core'
import { generateWorld, generateWorldBilling, worldBillingLinesCsv } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { applyNow, snapshot } from '../register/register-api'
import { send } from './billing-api'

describe("the sandbox's billing lines", () => {
  it('POST /api/billing/lines/import takes the sandbox CSV whole once its customers are in the register', async () => {
    const world = generateWorld({ seed: 1, customers: 60, subscriptions: 300 })
    const present = new Set((await snapshot()).customers.map((c) => c.name))
    // What a distributor import of the world leaves: its customers under the distributor's names.
    const customers: Customer[] = world.customers
      .filter((c) => !present.has(c.name))
      .map((c) => ({ id: `cus-world-${c.seq}`, name: c.name, inactive: false, version: 1 }))
    await applyNow(
      'manual',
      customers.map((after) => ({ op: 'createCustomer', after })),
    )

    const answer = await send('POST', '/api/billing/lines/import', {
      csv: worldBillingLinesCsv(world),
    })

    expect(answer.body.errors).toEqual([])
    expect(answer.body.imported).toBe(generateWorldBilling(world).lines.length)
  })
})
