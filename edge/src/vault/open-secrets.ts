import * as v from 'valibot'
import { fromBase64 } from './base64'
import type { Keyring } from './keyring'
import { connectionKey, OpenedSecretsSchema, type SealedSecrets } from './stored-connection'
import { CredentialsUnreadableError } from './vault-errors'

/**
 * Decrypts a connection's secrets, or throws CredentialsUnreadableError: an unknown key id, a
 * ciphertext sealed for another connection, or any altered byte all fail the same closed way.
 */
export async function openSecrets(
  keyring: Keyring,
  connectionId: string,
  sealed: SealedSecrets,
): Promise<Record<string, string>> {
  const key = keyring.byId.get(sealed.keyId)
  if (!key) {
    throw new CredentialsUnreadableError(
      connectionId,
      `they were sealed with key "${sealed.keyId}", which is neither CREDENTIALS_KEY_ID nor in CREDENTIALS_PREVIOUS_KEYS ` +
        '(an operator can add the old key back; see docs/credentials.md).',
    )
  }
  const iv = fromBase64(sealed.iv)
  const ciphertext = fromBase64(sealed.ciphertext)
  if (!iv || iv.length !== 12 || !ciphertext) {
    throw new CredentialsUnreadableError(connectionId, 'the stored record is damaged.')
  }
  let plaintext: ArrayBuffer
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: new TextEncoder().encode(connectionKey(connectionId)),
      },
      key,
      ciphertext,
    )
  } catch {
    throw new CredentialsUnreadableError(
      connectionId,
      'the stored ciphertext does not belong to this connection or was altered.',
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(plaintext))
  } catch {
    parsed = undefined
  }
  const result = v.safeParse(OpenedSecretsSchema, parsed)
  if (!result.success)
    throw new CredentialsUnreadableError(connectionId, 'the stored record is damaged.')
  return result.output
}
