/**
 * A 32-bit FNV-1a hash of an id's UTF-16 code units. Tables keyed by it live in typed arrays,
 * which the garbage collector never copies and which stay small enough for the CPU caches.
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h
}
