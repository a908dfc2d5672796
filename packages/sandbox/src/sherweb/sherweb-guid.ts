/**
 * Sherweb ids are GUIDs. The simulator derives them from the world's seed and a record's sequence
 * number (FNV-1a), so the same world always serves the same ids and no two records share one.
 */
export function sherwebGuid(seed: number, kind: 'customer' | 'subscription', seq: number): string {
  let hex = ''
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5
    for (const char of `${kind}:${seed}:${seq}:${round}`) {
      hash ^= char.charCodeAt(0)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hex += hash.toString(16).padStart(8, '0')
  }
  // Version 4, variant 10xx: the shape Sherweb's ids have.
  const variant = '89ab'[parseInt(hex.charAt(16), 16) % 4]
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
