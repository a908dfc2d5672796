import { WebhookServiceSchema, type WebhookService } from '@seatkeeper/core'
import * as v from 'valibot'
import { loadKeyring } from './keyring'
import { openSecrets } from './open-secrets'
import { sealSecrets } from './seal-secrets'
import { SealedSecretsSchema } from './stored-connection'

/**
 * The digest's webhook URL, a secret (whoever has it can post to the channel): sealed like a
 * connection's secrets, in the CREDENTIALS namespace under its own key (outside `connection:`, so
 * it is never listed as a connection). `host` and `service` are kept in clear for the settings
 * screen, which never sees the URL.
 */
const KV_KEY = 'digest:webhook'
// The AES-GCM additional data (through sealSecrets' connectionKey): binds the ciphertext to this
// record; connection ids are UUIDs, so none is "digest-webhook".
const SEAL_ID = 'digest-webhook'

const StoredDigestWebhookSchema = v.object({
  service: WebhookServiceSchema,
  host: v.string(),
  sealed: SealedSecretsSchema,
})
export type DigestWebhookMeta = { service: WebhookService; host: string }

type VaultEnv = Pick<
  Env,
  'CREDENTIALS' | 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'
>

/** Where digests are posted, without the URL; null when none is set (or the record is damaged). */
export async function readDigestWebhookMeta(env: VaultEnv): Promise<DigestWebhookMeta | null> {
  const stored = await readStored(env)
  return stored ? { service: stored.service, host: stored.host } : null
}

/** The webhook with its URL opened, for sending only; null when none is set. */
export async function openDigestWebhook(
  env: VaultEnv,
): Promise<(DigestWebhookMeta & { url: string }) | null> {
  const stored = await readStored(env)
  if (!stored) return null
  const keyring = await loadKeyring(env)
  const { url } = await openSecrets(keyring, SEAL_ID, stored.sealed)
  if (!url) return null
  // Lazy rewrap after a key rotation, as connection records get (docs/credentials.md).
  if (stored.sealed.keyId !== keyring.currentId) await saveDigestWebhook(env, { ...stored, url })
  return { service: stored.service, host: stored.host, url }
}

export async function saveDigestWebhook(
  env: VaultEnv,
  webhook: DigestWebhookMeta & { url: string },
): Promise<void> {
  const sealed = await sealSecrets(await loadKeyring(env), SEAL_ID, { url: webhook.url })
  const record = { service: webhook.service, host: webhook.host, sealed }
  await env.CREDENTIALS.put(KV_KEY, JSON.stringify(record))
}

export async function deleteDigestWebhook(env: VaultEnv): Promise<void> {
  await env.CREDENTIALS.delete(KV_KEY)
}

async function readStored(env: VaultEnv) {
  const text = await env.CREDENTIALS.get(KV_KEY)
  if (text === null) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    raw = undefined
  }
  const parsed = v.safeParse(StoredDigestWebhookSchema, raw)
  if (!parsed.success) {
    console.warn('The digest webhook record does not fit the stored shape; treated as not set.')
    return null
  }
  return parsed.output
}
