import { fetchApi } from './fetch-api'

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * A write to the edge: JSON body with `content-type: application/json`, as docs/api.md requires
 * (the browser adds the same-origin `Origin` header itself). A DELETE sends `{}`.
 */
export function sendJson<T>(
  method: WriteMethod,
  path: `/api/${string}`,
  body: unknown,
  parse: (body: unknown) => T,
  signal?: AbortSignal,
): Promise<T> {
  return fetchApi(path, parse, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
    signal,
  })
}
