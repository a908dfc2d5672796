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
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0')
  return `${prefix}_${hex(a)}${hex(b)}`
}
