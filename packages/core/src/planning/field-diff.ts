export type FieldDiff = { before: Record<string, unknown>; after: Record<string, unknown> }

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(canonical)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key]
    if (inner !== undefined) out[key] = canonical(inner)
  }
  return out
}

/** Equal as a person reading the preview would judge: undefined, null and missing keys are "not set". */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a == null || b == null) return a == null && b == null
  if (typeof a !== 'object' || typeof b !== 'object') return false
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

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

/** A copy of `record` with a change's `after` written into it (`null` removes the field). */
export function applyChange<T extends object>(record: T, after: Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>
  for (const [key, value] of Object.entries(after)) {
    if (value === null || value === undefined) delete next[key]
    else next[key] = value
  }
  return next as T
}

/** A copy of `record` without its undefined fields, so stored records and plans compare cleanly. */
export function withoutUndefined<T extends object>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value
  return out as T
}
