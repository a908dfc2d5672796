import { PLAN_PART_MAX_BYTES } from '@seatkeeper/core'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from './app-error'

const MB = 1_000_000

/**
 * How large a request body may be, by route (docs/api.md "Request size"). No record the register
 * keeps comes near the Durable Object's 2 MB value cap (names and address lines ≤ 200 characters),
 * so what bounds a body is the largest legitimate request: a plan importing 10,000 customers with
 * their mappings and subscriptions is about 12 MB of JSON, and Workers RPC carries at most 32 MiB.
 */
export const BODY_CAPS = [
  // A larger plan goes in parts (PLAN_PART_MAX_BYTES each), with room for the part's JSON wrapper;
  // the commit carries the plan without its operations (skipped and quarantined lists can be long).
  { path: /^\/api\/register\/plans$/, bytes: 16 * MB, what: 'a plan' },
  {
    path: /^\/api\/register\/plans\/uploads\/[^/]+\/parts\//,
    bytes: PLAN_PART_MAX_BYTES + MB,
    what: 'a plan part',
  },
  { path: /^\/api\/register\/plans\/uploads\/[^/]+\/commit$/, bytes: 16 * MB, what: 'a plan' },
  // The CSV schema allows 5,000,000 characters; JSON escaping of quotes and newlines adds some.
  { path: /^\/api\/customers\/import$/, bytes: 6 * MB, what: 'a CSV import' },
  { path: /^\/api\/billing\/lines\/import$/, bytes: 6 * MB, what: 'a CSV import' },
  // The distributor proxy caps its own bodies (PROXY_LIMITS), with the distributor in the message.
  { path: /^\/api\/connections\/[^/]+\/upstream\//, bytes: undefined, what: '' },
  { path: /^\/api\//, bytes: 256 * 1000, what: 'this call' },
] as const

/** A size in words: "3.1 MB", "256 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  return `${Math.ceil(bytes / 1000)} KB`
}

function refusal(c: Context, bytes: number, what: string): never {
  const declared = Number(c.req.header('content-length'))
  // A chunked body has no Content-Length: all that is known is that it passed the cap.
  const size =
    Number.isFinite(declared) && declared > bytes
      ? sizeInWords(declared)
      : `over ${sizeInWords(bytes)}`
  throw new AppError(
    'too-large',
    `The request body is ${size}; the limit for ${what} is ${sizeInWords(bytes)}. Send less at a time (split the file or the import) and try again.`,
  )
}

const limiters = new Map(
  BODY_CAPS.map((cap) => [
    cap,
    cap.bytes === undefined
      ? undefined
      : bodyLimit({ maxSize: cap.bytes, onError: (c) => refusal(c, cap.bytes, cap.what) }),
  ]),
)

/**
 * Every /api body within its route's cap, counted while it is read when there is no Content-Length
 * (a chunked upload), so no handler ever buffers more than the cap. Over it: a 413 in words.
 */
export const bodyCap: MiddlewareHandler = async (c, next) => {
  const cap = BODY_CAPS.find((entry) => entry.path.test(c.req.path))
  const limiter = cap ? limiters.get(cap) : undefined
  return limiter ? limiter(c, next) : next()
}
