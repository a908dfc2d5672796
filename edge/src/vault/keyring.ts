import { VaultKeyError } from './vault-errors'

/** The keys the vault may use: the current one seals every write; previous ones only open. */
export type Keyring = {
  currentId: string
  current: CryptoKey
  /** Every usable key by id, the current one included. */
  byId: ReadonlyMap<string, CryptoKey>
}

type KeyEnv = Pick<Env, 'CREDENTIALS_KEY' | 'CREDENTIALS_KEY_ID' | 'CREDENTIALS_PREVIOUS_KEYS'>

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/
const MAKE_ONE = 'Make one with `openssl rand -base64 32` and store it with `wrangler secret put'

// Importing a key is async work per request otherwise; the material never leaves this map.
const imported = new Map<string, Promise<CryptoKey>>()

/** Reads and checks the key secrets; a malformed one is a VaultKeyError naming it, never showing it. */
export async function loadKeyring(env: KeyEnv): Promise<Keyring> {
  const currentId = env.CREDENTIALS_KEY_ID ?? ''
  if (!KEY_ID.test(currentId)) {
    throw new VaultKeyError(
      'The secret CREDENTIALS_KEY_ID is missing or not a short id (letters, digits, ".", "_", "-"; ' +
        'e.g. "2026-11"). Set it with `wrangler secret put CREDENTIALS_KEY_ID`.',
    )
  }
  const current = await importKey(
    env.CREDENTIALS_KEY,
    'CREDENTIALS_KEY',
    `${MAKE_ONE} CREDENTIALS_KEY\`.`,
  )
  const byId = new Map<string, CryptoKey>()
  for (const [id, material] of Object.entries(readPreviousKeys(env.CREDENTIALS_PREVIOUS_KEYS))) {
    if (id === currentId) continue // the current key wins; a stale copy of its id must not shadow it
    byId.set(
      id,
      await importKey(
        material,
        `CREDENTIALS_PREVIOUS_KEYS["${id}"]`,
        'Copy the exact value the old CREDENTIALS_KEY had.',
      ),
    )
  }
  byId.set(currentId, current)
  return { currentId, current, byId }
}

function readPreviousKeys(raw: string | undefined): Record<string, string> {
  if (raw === undefined || raw.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new VaultKeyError(
      'The secret CREDENTIALS_PREVIOUS_KEYS is not JSON. It must be an object of key id to base64 key, ' +
        'e.g. {"2026-05": "<the old CREDENTIALS_KEY>"}; set it with `wrangler secret put CREDENTIALS_PREVIOUS_KEYS`.',
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new VaultKeyError(
      'The secret CREDENTIALS_PREVIOUS_KEYS must be a JSON object of key id to base64 key, e.g. {"2026-05": "<the old CREDENTIALS_KEY>"}.',
    )
  }
  const keys: Record<string, string> = {}
  for (const [id, material] of Object.entries(parsed)) {
    if (!KEY_ID.test(id) || typeof material !== 'string') {
      throw new VaultKeyError(
        `The secret CREDENTIALS_PREVIOUS_KEYS has an entry "${id.slice(0, 64)}" that is not a key id with a base64 key string.`,
      )
    }
    keys[id] = material
  }
  return keys
}

async function importKey(
  material: string | undefined,
  name: string,
  howToFix: string,
): Promise<CryptoKey> {
  const bytes = decodeKey(material ?? '')
  if (!bytes) {
    throw new VaultKeyError(
      `The secret ${name} is missing or is not base64 of exactly 32 bytes (an AES-256 key). ${howToFix}`,
    )
  }
  const cacheKey = material as string
  let key = imported.get(cacheKey)
  if (!key) {
    key = crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
    imported.set(cacheKey, key)
  }
  return key
}

function decodeKey(material: string): Uint8Array | undefined {
  try {
    const binary = atob(material.trim())
    if (binary.length !== 32) return undefined
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
