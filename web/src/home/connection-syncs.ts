import { compareText, type ConnectionView } from '@seatkeeper/core'

/** A connection's last sync as Home lists it: by name, never by id. */
export type ConnectionSync = {
  id: string
  /** "Pax8 sandbox (Pax8)", as every screen names a connection. */
  name: string
  /** The ISO instant of the last sync; undefined when it never synced. */
  lastSyncAt?: string
  /** What the last sync said went wrong; undefined when it went well (or never ran). */
  lastError?: string
}

/** The connections by name, each with its last sync and that sync's error. */
export function connectionSyncs(connections: readonly ConnectionView[]): ConnectionSync[] {
  return connections
    .map((c) => ({
      id: c.id,
      name: `${c.name} (${c.distributorLabel})`,
      ...(c.status.lastSyncAt ? { lastSyncAt: c.status.lastSyncAt } : {}),
      ...(c.status.lastError ? { lastError: c.status.lastError } : {}),
    }))
    .sort((a, b) => compareText(a.name, b.name))
}
