import * as v from 'valibot'

/**
 * A connection as the API shows it (docs/api.md "Connections"): secrets only as set/not set.
 * Defined here because IndexedDB caches it too; the connections pages own the calls.
 */
export const ConnectionViewSchema = v.object({
  id: v.string(),
  distributor: v.string(),
  distributorLabel: v.string(),
  name: v.string(),
  config: v.record(v.string(), v.string()),
  secrets: v.record(v.string(), v.boolean()),
  createdAt: v.string(),
  updatedAt: v.string(),
  status: v.object({
    lastSyncAt: v.optional(v.string()),
    lastError: v.optional(v.string()),
    lastRunId: v.optional(v.string()),
    quarantined: v.number(),
  }),
})
export type ConnectionView = v.InferOutput<typeof ConnectionViewSchema>
