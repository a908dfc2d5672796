/**
 * The one field equality of the change model: equal as a person reading a preview would judge.
 * `undefined`, `null` and a missing key all mean "not set", at any depth, and key order does not
 * matter. Planners diff with it, applying and undoing check records with it.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a == null || b == null) return a == null && b == null
  if (typeof a !== 'object' || typeof b !== 'object') return false
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(canonical)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key]
    if (inner != null) out[key] = canonical(inner)
  }
  return out
}
