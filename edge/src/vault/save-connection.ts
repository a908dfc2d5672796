import { writeStoredConnection } from './connection-store'
import { loadKeyring } from './keyring'
import { sealSecrets } from './seal-secrets'
import type { StoredConnection, StoredConnectionMeta } from './stored-connection'

type SaveEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/** Writes a connection with its secrets sealed under the current key (a fresh IV every time). */
export async function saveConnection(
  env: SaveEnv,
  meta: StoredConnectionMeta,
  secrets: Readonly<Record<string, string>>,
): Promise<StoredConnection> {
  const keyring = await loadKeyring(env)
  const record: StoredConnection = {
    ...meta,
    secrets: await sealSecrets(keyring, meta.id, secrets),
  }
  await writeStoredConnection(env, record)
  return record
}
