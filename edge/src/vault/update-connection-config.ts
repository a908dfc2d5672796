import { readStoredConnection, writeStoredConnection } from './connection-store'
import type { StoredConnectionMeta } from './stored-connection'
import { ConnectionNotFoundError } from './vault-errors'

type StoreEnv = Pick<Env, 'CREDENTIALS'>

/**
 * Merges settings into a connection's config and writes it back with its sealed secrets as they
 * are (their additional data is the record's key, not its config), so a secret rotated meanwhile
 * is kept. The caller holds the connection's write lock.
 */
export async function updateConnectionConfig(
  env: StoreEnv,
  id: string,
  config: Readonly<Record<string, string>>,
): Promise<StoredConnectionMeta> {
  const record = await readStoredConnection(env, id)
  if (!record) throw new ConnectionNotFoundError(id)
  const { secrets, ...meta } = {
    ...record,
    config: { ...record.config, ...config },
    updatedAt: new Date().toISOString(),
  }
  await writeStoredConnection(env, { ...meta, secrets })
  return meta
}
