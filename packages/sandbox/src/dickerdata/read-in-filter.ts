import type { Context } from 'hono'

/** The {"In":{…}} envelope every Subscriptions call takes (DickerAPI.php); values as strings. */
export type InFilter = Record<string, string | undefined>

/** Reads the request's In object; undefined when the body is not JSON or has no In object. */
export async function readInFilter(c: Context): Promise<InFilter | undefined> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const inner = (body as { In?: unknown }).In
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return undefined
  const filter: InFilter = {}
  for (const [key, value] of Object.entries(inner)) {
    if (typeof value === 'string' && value.trim() !== '') filter[key] = value.trim()
  }
  return filter
}

/** Whether a row passes a filter value (compared case-insensitively, as GUIDs may differ in case). */
export function matches(value: string | null, wanted: string | undefined): boolean {
  return wanted === undefined || (value ?? '').toLowerCase() === wanted.toLowerCase()
}
