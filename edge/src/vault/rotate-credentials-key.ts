import type { RotationResult } from '@seatkeeper/core'
import { listConnectionIds, readStoredConnection } from './connection-store'
import { loadKeyring } from './keyring'
import { openSecrets } from './open-secrets'
import { rewrapSecrets } from './rewrap-secrets'

type VaultEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/**
 * Re-seals every connection under CREDENTIALS_KEY, so the previous keys can be removed. Safe to
 * run again: records already current are only checked. One failure never stops the rest.
 */
export async function rotateCredentialsKey(env: VaultEnv): Promise<RotationResult> {
  const keyring = await loadKeyring(env)
  const result: RotationResult = { rewrapped: 0, alreadyCurrent: 0, failed: [] }
  for (const id of await listConnectionIds(env)) {
    try {
      const record = await readStoredConnection(env, id)
      if (!record) continue // deleted while we were listing
      const secrets = await openSecrets(keyring, id, record.secrets)
      if (record.secrets.keyId === keyring.currentId) {
        result.alreadyCurrent++
      } else {
        await rewrapSecrets(env, keyring, record, secrets)
        result.rewrapped++
      }
    } catch (error) {
      // Only the id and the error's class are logged: the message names no secret, but stay terse.
      console.warn(
        `Key rotation could not re-seal connection ${id} (${error instanceof Error ? error.name : 'error'}).`,
      )
      result.failed.push(id)
    }
  }
  return result
}
