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
  return written(prefix, a, b)
}

// The id's characters, written in one go: joining strings of 20 characters or more makes a tree of
// pieces that is flattened (copied again) the first time the id is compared, and reconcile makes
// and sorts tens of thousands of ids (docs/benchmarks.md).
const DIGITS = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
const codes: number[] = []

/** `prefix`, "_", and the 32 bits of `a` then of `b` as 16 hex digits. */
function written(prefix: string, a: number, b: number): string {
  let n = 0
  for (let i = 0; i < prefix.length; i++) codes[n++] = prefix.charCodeAt(i)
  codes[n++] = 95 // "_"
  for (let shift = 28; shift >= 0; shift -= 4) codes[n++] = DIGITS[(a >>> shift) & 15] as number
  for (let shift = 28; shift >= 0; shift -= 4) codes[n++] = DIGITS[(b >>> shift) & 15] as number
  codes.length = n
  return String.fromCharCode(...codes)
}
