import 'fake-indexeddb/auto'
import { emptyRegister } from '@seatkeeper/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveRegisterSnapshot } from '../db/register-snapshot'
import { openSeatkeeperDb } from '../db/seatkeeper-db'
import { fetchAndKeepRegister } from './register-query-options'

function offline() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }),
  )
}

describe('fetchAndKeepRegister', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('answers offline with the register kept in this browser', async () => {
    const kept = { ...emptyRegister(), version: 4 }
    await saveRegisterSnapshot(kept)
    offline()

    await expect(fetchAndKeepRegister()).resolves.toEqual(kept)
  })

  it('says offline that no copy is kept and to reconnect when the storage was cleared', async () => {
    await (await openSeatkeeperDb()).clear('register')
    offline()

    await expect(fetchAndKeepRegister()).rejects.toMatchObject({
      unreachable: true,
      message: expect.stringMatching(
        /You are offline and this browser keeps no copy of the register .*storage was cleared.*Reconnect/,
      ),
    })
  })
})
