import { connectToSimulator } from '@seatkeeper/distributors/testing'
import { generateWorldBilling, type AtWrite } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { autotaskAdapter } from './index'

// The adapter against the Autotask simulator of `pnpm start`, mounted as the sandbox mounts it.
function connect() {
  const { world, http, sandbox } = connectToSimulator(autotaskAdapter, 7)
  const writes = async () => (await (await sandbox('/_writes')).json()) as AtWrite[]
  return { world, http, writes }
}

describe('Autotask adapter against its simulator', () => {
  it('lists every customer and every monthly line with this month’s units', async () => {
    const { world, http } = connect()
    expect((await autotaskAdapter.listCompanies(http)).items).toHaveLength(world.customers.length)
    const lines = await autotaskAdapter.listBillingLines(http)
    expect(lines.complete).toBe(true)
    const monthly = generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')
    expect(lines.items.map((l) => l.quantity)).toEqual(monthly.map((l) => l.quantity))
  })

  it('adjusts by the signed delta and undoes with the opposite adjustment', async () => {
    const { http, writes } = connect()
    const before = (await autotaskAdapter.listBillingLines(http)).items[0]!
    const { after } = await autotaskAdapter.applyBillingChange(http, {
      line: before,
      quantity: before.quantity + 3,
    })
    expect(after.quantity).toBe(before.quantity + 3)
    const undo = autotaskAdapter.undoOf(after, before)
    if ('reason' in undo) throw new Error(undo.reason)
    await autotaskAdapter.applyBillingChange(http, undo)
    expect((await writes()).map((w) => (w.body as { unitChange: number }).unitChange)).toEqual([
      3, -3,
    ])
    expect((await autotaskAdapter.listBillingLines(http)).items[0]!.quantity).toBe(before.quantity)
  })
})
