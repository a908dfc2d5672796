import * as v from 'valibot'
import {
  CONNECTION_KEY_PREFIX,
  connectionKey,
  StoredConnectionSchema,
  type StoredConnection,
} from './stored-connection'
import { CredentialsUnreadableError } from './vault-errors'

type StoreEnv = Pick<Env, 'CREDENTIALS'>

/** The record of one connection, validated; undefined when there is none. */
export async function readStoredConnection(
  env: StoreEnv,
  id: string,
): Promise<StoredConnection | undefined> {
  const text = await env.CREDENTIALS.get(connectionKey(id))
  if (text === null) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    raw = undefined
  }
  const parsed = v.safeParse(StoredConnectionSchema, raw)
  // A record filed under another id is a copy: treat it like any damaged record, never use it.
  if (!parsed.success || parsed.output.id !== id) {
    throw new CredentialsUnreadableError(
      id,
      'the stored record is damaged or belongs to another connection.',
    )
  }
  return parsed.output
}

export async function writeStoredConnection(
  env: StoreEnv,
  record: StoredConnection,
): Promise<void> {
  await env.CREDENTIALS.put(connectionKey(record.id), JSON.stringify(record))
}

export async function deleteStoredConnection(env: StoreEnv, id: string): Promise<void> {
  await env.CREDENTIALS.delete(connectionKey(id))
}

/** The ids of every stored connection (KV list, followed through its pages). */
export async function listConnectionIds(env: StoreEnv): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const page = await env.CREDENTIALS.list({
      prefix: CONNECTION_KEY_PREFIX,
      ...(cursor ? { cursor } : {}),
    })
    for (const key of page.keys) ids.push(key.name.slice(CONNECTION_KEY_PREFIX.length))
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return ids
}
