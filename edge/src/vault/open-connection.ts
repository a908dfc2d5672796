import {
  adapterById,
  type ConnectionCredentials,
  type DistributorAdapter,
} from '@seatkeeper/distributors'
import { AppError } from '../http/app-error'
import { readStoredConnection } from './connection-store'
import { loadKeyring } from './keyring'
import { readSecrets } from './read-secrets'
import { metaOf, type StoredConnectionMeta } from './stored-connection'
import { ConnectionNotFoundError } from './vault-errors'

export type OpenedConnection = {
  connection: StoredConnectionMeta
  adapter: DistributorAdapter
  credentials: ConnectionCredentials
}

type VaultEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/**
 * A connection with its credentials decrypted, for code that calls the distributor (Test
 * Configuration, the proxy, the integrator). Throws ConnectionNotFoundError (404),
 * CredentialsUnreadableError (409) or VaultKeyError (503); never returns half-opened credentials.
 * Keep `credentials` in memory only: never log it, store it or put it in a response.
 */
export async function openConnection(env: VaultEnv, id: string): Promise<OpenedConnection> {
  const keyring = await loadKeyring(env)
  const record = await readStoredConnection(env, id)
  if (!record) throw new ConnectionNotFoundError(id)
  const adapter = adapterById(record.distributor)
  if (!adapter) {
    throw new AppError(
      'conflict',
      `Connection "${record.name}" is for distributor "${record.distributor}", which this Seatkeeper does not support any more. Delete the connection.`,
    )
  }
  const secrets = await readSecrets(env, keyring, record)
  return { connection: metaOf(record), adapter, credentials: { config: record.config, secrets } }
}
