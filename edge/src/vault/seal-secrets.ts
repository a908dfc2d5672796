import { toBase64 } from './base64'
import type { Keyring } from './keyring'
import { connectionKey, type SealedSecrets } from './stored-connection'

/**
 * Encrypts a connection's secrets with the current key and a fresh 96-bit IV. The connection's
 * key is the additional data, so the ciphertext opens only in this connection's record.
 */
export async function sealSecrets(
  keyring: Keyring,
  connectionId: string,
  secrets: Readonly<Record<string, string>>,
): Promise<SealedSecrets> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(connectionKey(connectionId)) },
    keyring.current,
    new TextEncoder().encode(JSON.stringify(secrets)),
  )
  return {
    keyId: keyring.currentId,
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
    fields: Object.keys(secrets).sort(),
  }
}
