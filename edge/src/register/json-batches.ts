// Durable Object SQLite binds at most 100 parameters per statement and 2 MB per value, and each
// statement costs a round through the engine. Rows are therefore sent as JSON arrays of ≤ 1 MB,
// one bound parameter each, and unpacked with json_each: 20,000 rows are ~20 statements, not 20,000.
const MAX_BATCH_CHARS = 1_000_000

/** `items` (each already JSON) as JSON arrays of at most ~1 MB each. */
export function jsonBatches(items: readonly string[]): string[] {
  const batches: string[] = []
  let parts: string[] = []
  let size = 2
  for (const item of items) {
    if (parts.length > 0 && size + item.length + 1 > MAX_BATCH_CHARS) {
      batches.push(`[${parts.join(',')}]`)
      parts = []
      size = 2
    }
    parts.push(item)
    size += item.length + 1
  }
  if (parts.length > 0) batches.push(`[${parts.join(',')}]`)
  return batches
}
