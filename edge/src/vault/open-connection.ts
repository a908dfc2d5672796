import type { ConnectionCredentials } from '@seatkeeper/distributors'
import { connectorById, type Connector } from '@seatkeeper/psa'
import { AppError } from '../http/app-error'
import { readStoredConnection } from './connection-store'
import { loadKeyring } from './keyring'
import { readSecrets } from './read-secrets'
import { metaOf, type StoredConnectionMeta } from './stored-connection'
import { ConnectionNotFoundError } from './vault-errors'

/**
 * `kind` and `adapter` say what the connection is to (a distributor or a PSA); what any upstream
 * needs (Test Configuration, the proxy) takes `adapter` as it is, the rest narrows on `kind`.
 */
export type OpenedConnection = Connector & {
  connection: StoredConnectionMeta
  credentials: ConnectionCredentials
}

type VaultEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/**
 * A connection with its credentials decrypted, for code that calls the distributor or PSA (Test
 * Configuration, the proxy, the integrator). Throws ConnectionNotFoundError (404),
 * CredentialsUnreadableError (409) or VaultKeyError (503); never returns half-opened credentials.
 * Keep `credentials` in memory only: never log it, store it or put it in a response.
 */
export async function openConnection(env: VaultEnv, id: string): Promise<OpenedConnection> {
  const keyring = await loadKeyring(env)
  const record = await readStoredConnection(env, id)
  if (!record) throw new ConnectionNotFoundError(id)
  const connector = connectorById(record.distributor)
  if (!connector) {
    throw new AppError(
      'conflict',
      `Connection "${record.name}" is for "${record.distributor}", which this Seatkeeper does not support any more. Delete the connection.`,
    )
  }
  const secrets = await readSecrets(env, keyring, record)
  return {
    ...connector,
    connection: metaOf(record),
    credentials: { config: record.config, secrets },
  }
}
