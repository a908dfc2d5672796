import { fetchApi } from './fetch-api'

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * A write to the edge: JSON body with `content-type: application/json`, as docs/api.md requires
 * (the browser adds the same-origin `Origin` header itself). A DELETE sends `{}`. A create sends
 * the `Idempotency-Key` of the person's intent, so a resend after a lost answer makes nothing new.
 */
export function sendJson<T>(
  method: WriteMethod,
  path: `/api/${string}`,
  body: unknown,
  parse: (body: unknown) => T,
  signal?: AbortSignal,
  idempotencyKey?: string,
): Promise<T> {
  return fetchApi(path, parse, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: JSON.stringify(body ?? {}),
    signal,
  })
}
