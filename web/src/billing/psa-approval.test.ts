import { reconcile, type Register } from '@seatkeeper/core'
import { billingLine, customer, register, subscription } from '@seatkeeper/core/testing'
import { describe, expect, it } from 'vitest'
import {
  psaChangeWords,
  psaLabel,
  psaLineOfRun,
  psaUndoWords,
  splitApproval,
  writeBackSettingsHref,
} from './psa-approval'
import { approvalPlan } from './reconciliation-model'

const halo = { kind: 'psa', psa: 'halopsa', connectionId: 'conn-halo', externalId: '-7:3' } as const

// Contoso bills 40 seats on a Halo line and 5 on a line typed into Seatkeeper, for 42 and 8 seats.
function world(): Register {
  return register({
    customers: [customer('c1', 'Contoso')],
    subscriptions: [
      subscription('s1', 'c1', 'ARW-1', { quantity: 42, billingLineId: 'l-halo' }),
      subscription('s2', 'c1', 'ARW-2', {
        quantity: 8,
        name: 'Exchange Online',
        billingLineId: 'l-own',
      }),
    ],
    billingLines: [
      billingLine('l-halo', 'c1', { quantity: 40, source: halo }),
      billingLine('l-own', 'c1', { quantity: 5, description: 'Exchange Online' }),
    ],
  })
}

function approveAll(data: Register) {
  const { findings } = reconcile(data)
  return splitApproval(approvalPlan(findings, data.version), data)
}

describe('splitApproval', () => {
  it('sends the change of a HaloPSA line to HaloPSA and keeps the Seatkeeper line in the plan', () => {
    const { plan, psaChanges } = approveAll(world())
    expect(psaChanges).toEqual([
      {
        lineId: 'l-halo',
        psa: 'halopsa',
        connectionId: 'conn-halo',
        description: 'Microsoft 365 Business Premium',
        customerName: 'Contoso',
        before: { quantity: 40, inactive: false },
        body: { quantity: 42 },
      },
    ])
    expect(plan.operations).toEqual([
      expect.objectContaining({ op: 'updateBillingLine', lineId: 'l-own', after: { quantity: 8 } }),
    ])
  })

  it('leaves the plan as it was when no line is a PSA’s', () => {
    const data = world()
    const own = {
      ...data,
      billingLines: data.billingLines.map((l) => ({ ...l, source: { kind: 'csv' as const } })),
    }
    const { plan, psaChanges } = approveAll(own)
    expect(psaChanges).toEqual([])
    const lineIds = plan.operations.map((op) => op.op === 'updateBillingLine' && op.lineId)
    expect(lineIds.sort()).toEqual(['l-halo', 'l-own'])
  })
})

describe('psaChangeWords', () => {
  it('takes a price fix on a PSA line out of the plan with nothing for the PSA to send', () => {
    const data = world()
    const cheap = {
      ...data,
      subscriptions: data.subscriptions.map((s) => ({
        ...s,
        quantity: s.id === 's1' ? 40 : 5,
        currency: 'AUD',
        billingCycle: 'monthly' as const,
        unitCost: 50,
      })),
    }
    const { plan, psaChanges } = approveAll(cheap)
    const [change] = psaChanges
    expect(change?.body).toEqual({})
    expect(change && psaChangeWords(change, 'HaloPSA')).toBe(
      "Change the price of “Microsoft 365 Business Premium” on Contoso's recurring invoice in HaloPSA.",
    )
    expect(
      plan.operations.every((op) => op.op !== 'updateBillingLine' || op.lineId !== 'l-halo'),
    ).toBe(true)
  })

  it('says the quantity change in words, where it is made', () => {
    const [change] = approveAll(world()).psaChanges
    expect(change && psaChangeWords(change, 'HaloPSA')).toBe(
      "Set the quantity of “Microsoft 365 Business Premium” on Contoso's recurring invoice in HaloPSA from 40 to 42.",
    )
  })

  it('says when a line stops billing, in the words of its PSA', () => {
    const [change] = approveAll(world()).psaChanges
    if (!change) throw new Error('no change')
    const stop = { ...change, psa: 'autotask', body: { inactive: true } }
    expect(psaChangeWords(stop, 'Autotask')).toBe(
      "Stop billing “Microsoft 365 Business Premium” on Contoso's contract in Autotask.",
    )
  })
})

describe('psaLineOfRun', () => {
  it('finds the PSA line a write-back run changed, so its undo goes to the PSA', () => {
    const data = world()
    const operations = [
      {
        op: 'updateBillingLine' as const,
        lineId: 'l-halo',
        before: { quantity: 40 },
        after: { quantity: 42 },
      },
    ]
    expect(psaLineOfRun(operations, data)).toEqual({
      lineId: 'l-halo',
      psa: 'halopsa',
      description: 'Microsoft 365 Business Premium',
    })
    expect(psaLineOfRun([{ ...operations[0]!, lineId: 'l-own' }], data)).toBeUndefined()
  })

  it('says that Autotask undo is an opposite adjustment', () => {
    expect(psaUndoWords('autotask')).toContain('opposite adjustment')
    expect(psaLabel('connectwise')).toBe('ConnectWise PSA')
    expect(writeBackSettingsHref('conn halo')).toBe('/connections/conn%20halo?tab=billing')
  })
})
