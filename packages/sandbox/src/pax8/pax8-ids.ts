/**
 * Pax8 ids are UUIDs [C]. The simulator derives them from the world's seed and a record's sequence
 * number (FNV-1a, salted "pax8" so they differ from the other simulators'), the same every run.
 */
export function pax8Id(
  seed: number,
  kind: 'company' | 'subscription' | 'product' | 'commitment',
  seq: number | string,
): string {
  let hex = ''
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5
    for (const char of `pax8:${kind}:${seed}:${seq}:${round}`) {
      hash ^= char.charCodeAt(0)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hex += hash.toString(16).padStart(8, '0')
  }
  const variant = '89ab'[parseInt(hex.charAt(16), 16) % 4]
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
