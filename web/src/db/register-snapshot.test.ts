import 'fake-indexeddb/auto'
import { emptyRegister } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { readStoredRegister, saveStoredRegister } from './register-snapshot'

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
})
