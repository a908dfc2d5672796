import type * as v from 'valibot'
import { parseResponse, type DistributorHttp, type Listing } from '@seatkeeper/distributors'
import { HALO_ID, HALO_LABEL, HALO_PAGE_SIZE } from './calls'

/**
 * Every page of a Halo list: `pageinate=true&page_size=&page_no=` (1-based, sic) with the total in
 * `record_count` [C: swagger; HaloAPI New-HaloGETRequest.ps1]. Pages are read one after another:
 * Halo's 300 requests per 5 minutes are shared with the tenant's other integrations. Complete only
 * when the records add up to `record_count` and it did not change while paging.
 */
export async function readAllHaloPages<T extends { id: number }>(
  http: DistributorHttp,
  o: {
    path: string
    call: string
    key: 'clients' | 'invoices' | 'licences'
    schema: v.GenericSchema<unknown, { record_count: number } & Record<string, unknown>>
    query?: Record<string, string | number | boolean>
    noun: string
  },
): Promise<Listing<T>> {
  const items: T[] = []
  const seen = new Set<number>()
  let announced: number | undefined
  let changed = false
  // Stop at the announced total, at an empty page, or after as many pages as there are records
  // (a server that ignores page_size still ends).
  for (let page = 1; page <= 1 + (announced ?? 1); page++) {
    const call = `${o.call} (page ${page})`
    const body = parseResponse(
      o.schema,
      await http.json({
        call,
        method: 'GET',
        path: o.path,
        query: { ...o.query, pageinate: true, page_size: HALO_PAGE_SIZE, page_no: page },
      }),
      { distributor: HALO_ID, label: HALO_LABEL, call },
    )
    const rows = body[o.key] as T[]
    if (announced !== undefined && body.record_count !== announced) changed = true
    announced ??= body.record_count
    for (const row of rows) {
      if (seen.has(row.id)) continue
      seen.add(row.id)
      items.push(row)
    }
    if (rows.length === 0 || items.length >= body.record_count) break
  }
  const problems: string[] = []
  if (changed) {
    problems.push(
      `The HaloPSA ${o.noun} list changed while it was being read; run again for a complete list.`,
    )
  } else if (announced !== undefined && items.length < announced) {
    problems.push(
      `HaloPSA announced ${announced} ${o.noun} but listed ${items.length}; some were not read.`,
    )
  }
  return { items, complete: problems.length === 0, problems }
}
