/**
 * The tab a key moves to in a tablist (WAI-ARIA tabs pattern): arrows wrap around, Home and End go
 * to the ends. Undefined for any other key, which the tablist then leaves alone.
 */
export function tabIndexAfterKey(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
