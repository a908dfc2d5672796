import { emptySummary, type Plan, type PlanOperation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { planParts } from './plan-parts'

function planOf(operations: PlanOperation[]): Plan {
  return {
    kind: 'customer-import',
    connectionId: 'conn-1',
    baseVersion: 3,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
}

const customers = (count: number, name: (i: number) => string): PlanOperation[] =>
  Array.from({ length: count }, (_, i) => ({
    op: 'createCustomer',
    after: { id: `cus-${i}`, name: name(i), inactive: false, version: 1 },
  }))

const bytes = (text: string) => new TextEncoder().encode(text).length

describe('planParts', () => {
  it('keeps a plan that fits in one part as one body', async () => {
    const operations = customers(3, (i) => `Contoso ${i}`)

    const parts = await planParts(planOf(operations), 10_000)

    expect(parts).toHaveLength(1)
    expect(JSON.parse(parts[0] as string)).toEqual({ operations })
  })

  it('splits the operations in order into parts each within the size, counting UTF-8 bytes', async () => {
    // Names of two- and four-byte characters: a part sized by characters would pass the cap.
    const operations = customers(5_000, (i) => `Zürich Ärzte 😀 ${i}`)

    const parts = await planParts(planOf(operations), 20_000)

    expect(parts.length).toBeGreaterThan(10)
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(20_000)
    const joined = parts.flatMap(
      (part) => (JSON.parse(part) as { operations: unknown[] }).operations,
    )
    expect(joined).toEqual(operations)
  })
})
