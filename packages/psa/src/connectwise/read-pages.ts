import type * as v from 'valibot'
import { parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import { CW_ID, CW_LABEL, CW_PAGE_SIZE } from './calls'

/**
 * Every page of a bare-array list: `page` (1-based) and `pageSize` ≤ 1000; a short page is the last
 * [C: pyconnectwise README, Invoke-CWMAllResult.ps1]. A record seen twice (moved across a page
 * boundary while paging) is kept once.
 */
export async function readAllCwPages<T extends { id: number }>(
  http: DistributorHttp,
  o: {
    path: string
    call: string
    schema: v.GenericSchema<unknown, T[]>
    query?: Record<string, string>
  },
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<number>()
  for (let page = 1; ; page++) {
    const call = `${o.call} (page ${page})`
    const rows = parseResponse(
      o.schema,
      await http.json({
        call,
        method: 'GET',
        path: o.path,
        query: { ...o.query, page, pageSize: CW_PAGE_SIZE },
      }),
      { distributor: CW_ID, label: CW_LABEL, call },
    )
    for (const row of rows) {
      if (seen.has(row.id)) continue
      seen.add(row.id)
      items.push(row)
    }
    if (rows.length < CW_PAGE_SIZE) return items
  }
}
