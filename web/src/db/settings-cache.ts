import * as v from 'valibot'
import { ConnectionSettingsSchema, type ConnectionSettings } from '@seatkeeper/core'
import { openSeatkeeperDb } from './seatkeeper-db'

/** The connection's settings as last read here, or undefined when none are kept. */
export async function readSettings(connectionId: string): Promise<ConnectionSettings | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const parsed = v.safeParse(
      ConnectionSettingsSchema,
      (await db.get('settings', connectionId))?.settings,
    )
    return parsed.success ? parsed.output : undefined
  } catch {
    return undefined
  }
}

/** Keeps the connection's settings (after GET or PUT …/settings), re-parsed on the way in. */
export async function saveSettings(
  connectionId: string,
  settings: ConnectionSettings,
): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('settings', {
      connectionId,
      settings: v.parse(ConnectionSettingsSchema, settings),
    })
  } catch {
    // Best effort: only offline reading is lost.
  }
}
