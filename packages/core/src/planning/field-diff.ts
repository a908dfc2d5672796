import { sameValue } from '../operations/same-value'

export type FieldDiff = { before: Record<string, unknown>; after: Record<string, unknown> }

/**
 * The fields of `desired` (those named in `keys` with a value in it) that differ from `current`,
 * as before/after with `null` for "not set". A field `desired` leaves undefined is not touched: a
 * distributor that does not report a field must not clear it. Undefined when nothing differs.
 */
export function diffFields<T extends object>(
  current: T,
  desired: Partial<T>,
  keys: readonly (keyof T & string)[],
): FieldDiff | undefined {
  let diff: FieldDiff | undefined
  for (const key of keys) {
    const wanted = desired[key]
    if (wanted === undefined) continue
    const now = current[key]
    if (now === wanted || sameValue(now, wanted)) continue
    diff ??= { before: {}, after: {} }
    diff.before[key] = now ?? null
    diff.after[key] = wanted ?? null
  }
  return diff
}

/** A copy of `record` without its undefined fields, so stored records and plans compare cleanly. */
export function withoutUndefined<T extends object>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value
  return out as T
}
