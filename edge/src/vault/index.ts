// The credential vault: connections in KV with their secrets sealed by AES-256-GCM.
// Other edge code uses openConnection (decrypted credentials) and listConnections (no secrets).
export { openConnection, type OpenedConnection } from './open-connection'
export { listConnections, listStoredConnections } from './list-connections'
export { saveConnection } from './save-connection'
export { updateConnectionConfig } from './update-connection-config'
export { rotateCredentialsKey } from './rotate-credentials-key'
export { readStoredConnection, deleteStoredConnection } from './connection-store'
export { loadKeyring, type Keyring } from './keyring'
export { readSecrets } from './read-secrets'
export { vaultRotation } from './rotate-secrets'
export {
  metaOf,
  connectionKey,
  type StoredConnection,
  type StoredConnectionMeta,
} from './stored-connection'
export { ConnectionNotFoundError, CredentialsUnreadableError, VaultKeyError } from './vault-errors'
export {
  readDigestWebhookMeta,
  openDigestWebhook,
  saveDigestWebhook,
  deleteDigestWebhook,
  type DigestWebhookMeta,
} from './digest-webhook-store'
