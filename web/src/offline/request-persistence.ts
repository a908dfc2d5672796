import { readMeta, writeMeta } from '../db/meta'

/**
 * Asks the browser once (ever, per browser) to keep this site's storage under pressure, so the
 * offline register and any unsent edits are not evicted. The answer is remembered, not re-asked.
 */
export async function requestPersistenceOnce(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined
  if ((await readMeta('persistRequested')) !== undefined) return undefined
  const granted = await navigator.storage.persist()
  await writeMeta('persistRequested', { at: new Date().toISOString(), granted })
  return granted
}
