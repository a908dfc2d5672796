import type { FaultConfig } from './types'

export type PageDrift = {
  /** The listing in the order the next page is cut from: drifted once the fault has fired. */
  order<T>(items: readonly T[]): T[]
  /** Notes that a page of a listing was served (1-based). */
  served(page: number): void
}

/**
 * faults.pageDrift: from the page after `afterPage` on, the last record stands first, as when a
 * record's sort key (its last change) moves it while a client pages through. Every page is cut from
 * the same drifted order, so the pages stay consistent with each other after the move.
 */
export function createPageDrift(faults: FaultConfig | undefined): PageDrift {
  const afterPage = faults?.pageDrift?.afterPage
  let drifted = false
  return {
    order(items) {
      if (!drifted || items.length < 2) return [...items]
      return [items[items.length - 1]!, ...items.slice(0, -1)]
    },
    served(page) {
      if (afterPage !== undefined && page >= afterPage) drifted = true
    },
  }
}
