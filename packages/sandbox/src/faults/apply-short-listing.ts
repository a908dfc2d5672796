import type { FaultConfig } from './types'

/**
 * faults.shortListing: leaves out floor(n × dropShare) items, spread evenly through the list and the
 * same ones every time, so a test can tell exactly which records an incomplete listing lost. Apply
 * it to the whole list before paging, so the pages stay consistent with each other.
 */
export function applyShortListing<T>(items: T[], faults: FaultConfig | undefined): T[] {
  const share = Math.min(1, Math.max(0, faults?.shortListing?.dropShare ?? 0))
  if (share === 0) return items
  return items.filter((_, i) => Math.floor((i + 1) * share) === Math.floor(i * share))
}
