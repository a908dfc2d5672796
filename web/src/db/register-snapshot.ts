import { RegisterSchema, type Register } from '@seatkeeper/core'
import * as v from 'valibot'
import { openSeatkeeperDb } from './seatkeeper-db'

export type StoredRegister = { register: Register; savedAt: string }

const StoredRegisterSchema = v.object({ register: RegisterSchema, savedAt: v.string() })

/** The register as last saved in this browser, or undefined (none saved, unreadable, no IndexedDB). */
export async function readRegisterSnapshot(): Promise<StoredRegister | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const stored = await db.get('register', 'current')
    const parsed = v.safeParse(StoredRegisterSchema, stored)
    return parsed.success ? parsed.output : undefined
  } catch {
    return undefined
  }
}

/** Keeps `register` for offline reading. Best effort: a full or missing IndexedDB loses only the cache. */
export async function saveRegisterSnapshot(
  register: Register,
  savedAt = new Date().toISOString(),
): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('register', { register, savedAt }, 'current')
  } catch {
    // The page still works from the network; only offline reading is lost.
  }
}
