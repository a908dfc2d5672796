import { compareText } from '@seatkeeper/core'
import { listConnectionIds, readStoredConnection } from './connection-store'
import { metaOf, type StoredConnection, type StoredConnectionMeta } from './stored-connection'
import { CredentialsUnreadableError } from './vault-errors'

/**
 * Every connection record (secrets still sealed), sorted by distributor then name. A damaged
 * record is left out and logged by id (the cron must not stop at one bad record); a GET of its id
 * still reports it. KV lists are eventually consistent: a connection created a moment ago in
 * another location may be missing for up to a minute.
 */
export async function listStoredConnections(
  env: Pick<Env, 'CREDENTIALS'>,
): Promise<StoredConnection[]> {
  const ids = await listConnectionIds(env)
  const records = await Promise.all(
    ids.map((id) =>
      readStoredConnection(env, id).catch((error: unknown) => {
        if (!(error instanceof CredentialsUnreadableError)) throw error
        console.warn(`Connection record ${id} does not fit the stored shape; left out of the list.`)
        return undefined
      }),
    ),
  )
  return records
    .filter((record) => record !== undefined)
    .sort(
      (a, b) =>
        compareText(a.distributor, b.distributor) ||
        compareText(a.name, b.name) ||
        compareText(a.id, b.id),
    )
}

/** Every connection without its secrets (the integrator's fan-out, anything that only needs names). */
export async function listConnections(
  env: Pick<Env, 'CREDENTIALS'>,
): Promise<StoredConnectionMeta[]> {
  return (await listStoredConnections(env)).map(metaOf)
}
