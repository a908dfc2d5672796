import type { FaultConfig } from './types'

export type PageDrift = {
  /** The listing in the order the next page is cut from: drifted once the fault has fired. */
  order<T>(items: readonly T[]): T[]
  /** Notes that a page of a listing was served (1-based). */
  served(page: number): void
}

/**
 * faults.pageDrift: from the page after `afterPage` on, the listing's last record stands first.
 * `move` (the default): it was last before, as when a record's sort key (its last change) moves it
 * while a client pages through; the total stays the same. `insert`: it was on no page before, as
 * when a record is created mid-listing and sorts first; the total grows by one. Every page is cut
 * from the same order, so the pages after the drift agree with each other.
 */
export function createPageDrift(faults: FaultConfig | undefined): PageDrift {
  const drift = faults?.pageDrift
  let drifted = false
  return {
    order(items) {
      if (!drift || items.length < 2) return [...items]
      const last = items[items.length - 1]!
      const rest = items.slice(0, -1)
      if (drifted) return [last, ...rest]
      return drift.kind === 'insert' ? rest : [...items]
    },
    served(page) {
      if (drift && page >= drift.afterPage) drifted = true
    },
  }
}
