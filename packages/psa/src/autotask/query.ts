import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import type * as v from 'valibot'
import { AT_ID, AT_LABEL, AT_MAX_RECORDS } from './calls'
import { atPage } from './schemas'

export type AtFilter = { op: string; field: string; value?: unknown }

/** Splits a long `in` list: Autotask's documented cap on OR'ed conditions is 500 [C: SOAP; I for REST]. */
export const chunks = <T>(list: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  )

/**
 * Every record of `POST /<Entity>/query`: `MaxRecords` 500 a page, then the same body re-POSTed to
 * `pageDetails.nextPageUrl` until it is null [C: Anteris PageEntity; django-autotask]. Only the
 * next page's path under `/V1.0` and its query are taken: the call goes to the connection's own
 * zone like every other, whatever host the URL names, so a URL cannot send the credentials away.
 */
export async function queryAll<S extends v.GenericSchema>(
  http: DistributorHttp,
  entity: string,
  filter: AtFilter[],
  schema: S,
): Promise<v.InferOutput<S>[]> {
  const body = { MaxRecords: AT_MAX_RECORDS, filter }
  const pageSchema = atPage(schema)
  const items: v.InferOutput<S>[] = []
  let path = `/${entity}/query`
  let query: Record<string, string> | undefined
  for (let page = 1; ; page++) {
    const call = `POST /V1.0/${entity}/query (page ${page})`
    const answer = parseResponse(
      pageSchema,
      await http.json({
        call,
        method: 'POST',
        path,
        ...(query ? { query } : {}),
        body,
        idempotent: true,
      }),
      { distributor: AT_ID, label: AT_LABEL, call },
    )
    items.push(...answer.items)
    const next = answer.pageDetails.nextPageUrl
    if (!next) return items
    const url = new URL(next)
    const at = url.pathname.indexOf('/V1.0/')
    if (at < 0) {
      throw new DistributorError({
        kind: 'contract',
        distributor: AT_ID,
        call,
        field: 'pageDetails.nextPageUrl',
        message: `Autotask gave a next page of ${entity} outside its V1.0 API (${url.pathname}); the listing stopped there.`,
      })
    }
    path = url.pathname.slice(at + '/V1.0'.length)
    query = Object.fromEntries(url.searchParams)
  }
}
