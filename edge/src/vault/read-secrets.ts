import type { Keyring } from './keyring'
import { openSecrets } from './open-secrets'
import { rewrapSecrets } from './rewrap-secrets'
import type { StoredConnection } from './stored-connection'

/**
 * A record's secrets in clear. A record sealed under a previous key is re-sealed under the current
 * one on the way (lazy rewrap), so old keys fall out of use without a rotation run.
 */
export async function readSecrets(
  env: Pick<Env, 'CREDENTIALS'>,
  keyring: Keyring,
  record: StoredConnection,
): Promise<Record<string, string>> {
  const secrets = await openSecrets(keyring, record.id, record.secrets)
  if (record.secrets.keyId !== keyring.currentId) await rewrapSecrets(env, keyring, record, secrets)
  return secrets
}
