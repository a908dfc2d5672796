/** A copy of `record` with a change's `after` written into it (`null` removes the field). */
export function applyChange<T extends object>(record: T, after: Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>
  for (const [key, value] of Object.entries(after)) {
    if (value === null || value === undefined) delete next[key]
    else next[key] = value
  }
  return next as T
}
