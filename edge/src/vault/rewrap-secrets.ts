import { readStoredConnection, writeStoredConnection } from './connection-store'
import type { Keyring } from './keyring'
import { sealSecrets } from './seal-secrets'
import type { StoredConnection } from './stored-connection'

/**
 * Re-seals secrets opened from `record` under the current key. KV has no compare-and-swap, so the
 * record is read again first: if someone saved new secrets meanwhile, theirs stay (and are current).
 */
export async function rewrapSecrets(
  env: Pick<Env, 'CREDENTIALS'>,
  keyring: Keyring,
  record: StoredConnection,
  secrets: Readonly<Record<string, string>>,
): Promise<void> {
  const latest = await readStoredConnection(env, record.id)
  if (!latest || latest.secrets.iv !== record.secrets.iv) return
  // updatedAt stays: rewrapping changes how the secrets rest, not what the user saved.
  await writeStoredConnection(env, {
    ...latest,
    secrets: await sealSecrets(keyring, record.id, secrets),
  })
}
