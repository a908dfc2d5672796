import * as v from 'valibot'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * One call to the connections API, its answer validated against `schema`. Writes always carry a
 * JSON body (the edge answers 415 otherwise; a DELETE sends `{}`).
 */
export function sendJson<S extends v.GenericSchema>(
  method: Method,
  path: `/api/${string}`,
  schema: S,
  body?: unknown,
  signal?: AbortSignal,
): Promise<v.InferOutput<S>> {
  const init: RequestInit = { method }
  if (signal) init.signal = signal
  if (method !== 'GET') {
    init.headers = { 'content-type': 'application/json' }
    init.body = JSON.stringify(body ?? {})
  }
  return fetchApi(path, parseWith(schema, `${method} ${path}`), init)
}
