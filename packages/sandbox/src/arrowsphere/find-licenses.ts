import type { RenderedLicense } from './render-license'

/** The body of POST /licenses/v2/find that the simulator understands. */
export type FindRequest = { filters: Record<string, unknown> }

/**
 * Reads a find body: `filters` is an object of flattened keys ("license.customer_ref"), each a value
 * or a list of values (nodejs createFilters()). Sort, keyword and highlight change nothing here.
 * Undefined when the body is not of that shape.
 */
export function readFindRequest(body: unknown): FindRequest | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined
  const filters = (body as { filters?: unknown }).filters ?? {}
  if (filters === null || typeof filters !== 'object' || Array.isArray(filters)) return undefined
  return { filters: filters as Record<string, unknown> }
}

/** The licences a find request's `license.*` filters select (`offer.*` filters are not simulated). */
export function findLicenses(
  all: readonly RenderedLicense[],
  request: FindRequest,
): RenderedLicense[] {
  const conditions = Object.entries(request.filters)
    .filter(([key]) => key.startsWith('license.'))
    .map(([key, wanted]) => ({
      field: key.slice('license.'.length),
      wanted: (Array.isArray(wanted) ? wanted : [wanted]).map(String),
    }))
  return all.filter((result) =>
    conditions.every(({ field, wanted }) =>
      wanted.includes(String((result.license as Record<string, unknown>)[field])),
    ),
  )
}

/** The facet counts a find answer carries next to its results. */
export function findFacets(results: readonly RenderedLicense[]) {
  const facet = (name: 'status_code' | 'vendor_code') => {
    const counts = new Map<string | number, number>()
    for (const { license } of results)
      counts.set(license[name], (counts.get(license[name]) ?? 0) + 1)
    return { name, values: [...counts].map(([value, count]) => ({ value, count })) }
  }
  return results.length === 0 ? [] : [facet('status_code'), facet('vendor_code')]
}
