import 'fake-indexeddb/auto'
import { applyOperations, emptyRegister, type Operation } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { readStoredRegister, saveStoredRegister, storeRunApplied } from './register-snapshot'

describe('the register kept in IndexedDB', () => {
  it('reads back a register of more records than one read takes, each once and in key order', async () => {
    const register = emptyRegister()
    register.version = 42
    for (let i = 0; i < 12_345; i++)
      register.customers.push({
        id: `cus-${String(i).padStart(5, '0')}`,
        name: `Customer ${i}`,
        inactive: false,
        version: 1,
      })
    await saveStoredRegister(register, '2026-12-03T12:00:00.000Z')

    const kept = await readStoredRegister()

    expect(kept?.refreshedAt).toBe('2026-12-03T12:00:00.000Z')
    expect(kept?.register).toEqual(register)
  })

  it('moves the kept copy on by a run of more records than one task writes, in one piece', async () => {
    const base = emptyRegister()
    base.version = 7
    base.customers.push({ id: 'cus-old', name: 'Old Ltd', inactive: false, version: 1 })
    await saveStoredRegister(base, '2026-12-03T12:00:00.000Z')
    const operations: Operation[] = Array.from({ length: 1_234 }, (_, i) => ({
      op: 'createCustomer',
      after: {
        id: `cus-${String(i).padStart(4, '0')}`,
        name: `New ${i}`,
        inactive: false,
        version: 1,
      },
    }))
    const next = { ...applyOperations(base, operations), version: 8 }

    await storeRunApplied(next, operations, '2026-12-03T12:05:00.000Z')

    const kept = await readStoredRegister()
    expect(kept?.register.version).toBe(8)
    expect(kept?.register.customers).toHaveLength(1_235)
    expect(kept?.refreshedAt).toBe('2026-12-03T12:05:00.000Z')
  })
})
