import * as v from 'valibot'

/** Secrets as they rest in KV: AES-256-GCM ciphertext (tag appended) under the key `keyId`. */
export const SealedSecretsSchema = v.object({
  keyId: v.pipe(v.string(), v.minLength(1)),
  /** base64 of a fresh 96-bit IV, one per write. */
  iv: v.pipe(v.string(), v.minLength(1)),
  ciphertext: v.pipe(v.string(), v.minLength(1)),
  /** Which secret fields are set (names only), so a list shows "set" without decrypting anything. */
  fields: v.array(v.string()),
})
export type SealedSecrets = v.InferOutput<typeof SealedSecretsSchema>

/** The connection record everything but its secrets: safe to show, log and pass around. */
export const StoredConnectionMetaSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  distributor: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  config: v.record(v.string(), v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
})
export type StoredConnectionMeta = v.InferOutput<typeof StoredConnectionMetaSchema>

/** One KV value per connection, at `connection:<id>`. */
export const StoredConnectionSchema = v.object({
  ...StoredConnectionMetaSchema.entries,
  secrets: SealedSecretsSchema,
})
export type StoredConnection = v.InferOutput<typeof StoredConnectionSchema>

/** The decrypted secrets, by credential field key. */
export const OpenedSecretsSchema = v.record(v.string(), v.string())

export const CONNECTION_KEY_PREFIX = 'connection:'

/** The KV key of a connection; it is also the AES-GCM additional data of its secrets. */
export function connectionKey(id: string): string {
  return `${CONNECTION_KEY_PREFIX}${id}`
}

/** The record without its sealed secrets. */
export function metaOf(record: StoredConnection): StoredConnectionMeta {
  const { secrets: _sealed, ...meta } = record
  return meta
}
