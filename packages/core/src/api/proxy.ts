import * as v from 'valibot'
import { ErrorBodySchema } from './error'

/** What an adapter's failure is about: what the UI and the integrator act on (DistributorError). */
export const DistributorErrorKindSchema = v.picklist([
  'auth', // credentials refused (401, bad token exchange)
  'forbidden', // credentials fine, permission missing (403)
  'not-found', // 404 on a path that should exist
  'rate-limited', // 429 after the retry budget; `retryAfterMs` says how long to wait
  'unavailable', // 5xx, timeout or network failure after the retry budget
  'request', // other 4xx: the request was wrong (a bug here, or a wrong setting)
  'contract', // the response did not fit the documented shape
])

/** The header the edge puts on the proxy answers it wrote itself, not relayed from the distributor. */
export const EDGE_ERROR_HEADER = 'x-seatkeeper-error'

/**
 * The error body of /api/connections/:id/upstream/* when the edge, not the distributor, answered
 * (marked `x-seatkeeper-error: 1`): the one error body plus what the browser's proxy client needs
 * to rebuild the same DistributorError (its kind decides the hint; `call` names the call).
 */
export const ProxyErrorBodySchema = v.object({
  error: v.object({
    ...ErrorBodySchema.entries.error.entries,
    kind: DistributorErrorKindSchema,
    distributor: v.optional(v.string()),
    call: v.optional(v.string()),
    status: v.optional(v.number()),
    retryAfterMs: v.optional(v.number()),
  }),
})
export type ProxyErrorBody = v.InferOutput<typeof ProxyErrorBodySchema>
