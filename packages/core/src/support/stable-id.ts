/**
 * A short id derived from its parts (FNV-1a, 2×32 bits). Records a plan creates get ids from the
 * connection and the distributor's id, so the same inputs give the same plan, and a retried run
 * re-creates the same record instead of a duplicate.
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const text = parts.join('\u0000')
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  return `${prefix}_${hex8(a)}${hex8(b)}`
}

// Two hex digits per byte, looked up: `toString(16)` is a runtime call, and reconcile makes tens of
// thousands of ids (docs/benchmarks.md).
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** The 32 bits of `n` as 8 hex digits. */
function hex8(n: number): string {
  return (
    (HEX[n >>> 24] as string) +
    (HEX[(n >>> 16) & 255] as string) +
    (HEX[(n >>> 8) & 255] as string) +
    (HEX[n & 255] as string)
  )
}
