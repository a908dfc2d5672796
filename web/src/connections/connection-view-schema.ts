import * as v from 'valibot'

// The view itself is shared with the offline cache (db/connection-cache.ts).
export { ConnectionViewSchema, type ConnectionView } from '../api/connection-view'
import { ConnectionViewSchema } from '../api/connection-view'

export const ConnectionListSchema = v.object({ connections: v.array(ConnectionViewSchema) })

/** Test Configuration's answer: what the distributor said, or exactly what failed. */
export const TestResultSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    message: v.string(),
    details: v.optional(v.record(v.string(), v.string())),
  }),
  v.object({ ok: v.literal(false), kind: v.string(), message: v.string() }),
])
export type TestResult = v.InferOutput<typeof TestResultSchema>

export const SyncResultSchema = v.object({
  outcome: v.picklist(['applied', 'no-changes', 'failed', 'busy']),
  runId: v.optional(v.nullable(v.string())),
  message: v.string(),
})
export type SyncResult = v.InferOutput<typeof SyncResultSchema>
