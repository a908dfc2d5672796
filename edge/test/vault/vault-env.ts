import { env } from 'cloudflare:workers'

/** The test Worker's key (edge/vitest.config.ts), id "test-1". */
export const KEY_A = { id: 'test-1', material: env.CREDENTIALS_KEY }

/** A second key for rotations: 32 fixed bytes, so failures reproduce. */
export const KEY_B = {
  id: 'test-2',
  material: btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 200 - i))),
}

/** The test env with another current key and, optionally, previous keys. */
export function envWithKeys(
  current: { id: string; material: string },
  previous: Array<{ id: string; material: string }> = [],
): Env {
  return {
    ...env,
    CREDENTIALS_KEY: current.material,
    CREDENTIALS_KEY_ID: current.id,
    ...(previous.length
      ? {
          CREDENTIALS_PREVIOUS_KEYS: JSON.stringify(
            Object.fromEntries(previous.map((k) => [k.id, k.material])),
          ),
        }
      : {}),
  }
}

/** Removes every connection record, so listing tests see only their own. */
export async function clearConnections(): Promise<void> {
  const page = await env.CREDENTIALS.list({ prefix: 'connection:' })
  await Promise.all(page.keys.map((key) => env.CREDENTIALS.delete(key.name)))
}

export function meta(id: string, distributor = 'sherweb') {
  const now = new Date().toISOString()
  return {
    id,
    distributor,
    name: `Connection ${id}`,
    config: { environment: 'production', clientId: 'client-1' },
    createdAt: now,
    updatedAt: now,
  }
}
