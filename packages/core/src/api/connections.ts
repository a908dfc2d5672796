import * as v from 'valibot'
import { DistributorErrorKindSchema } from './proxy'

/** What the register knows of a connection's syncs (docs/api.md "Connections"). */
export const ConnectionStatusSchema = v.object({
  lastSyncAt: v.optional(v.string()),
  lastError: v.optional(v.string()),
  lastRunId: v.optional(v.string()),
  quarantined: v.number(),
  /**
   * When the connection's secret that changes on use (TD SYNNEX's rotating refresh token) stops
   * working unless used again, and must then be re-issued in the distributor's portal.
   */
  credentialsExpireAt: v.optional(v.string()),
})
export type ConnectionStatus = v.InferOutput<typeof ConnectionStatusSchema>

/** What a connection is to: a distributor (subscriptions) or a PSA (what the MSP bills). */
export const ConnectionKindSchema = v.picklist(['distributor', 'psa'])
export type ConnectionKind = v.InferOutput<typeof ConnectionKindSchema>

/**
 * A connection as the API shows it: whether each secret is set, never its value. `distributor` is
 * the adapter id and `distributorLabel` its name for both kinds ("sherweb", "halopsa"): one id
 * space, so every route that takes a connection takes either.
 */
export const ConnectionViewSchema = v.object({
  id: v.string(),
  // A view cached by the web before PSAs existed has no kind: it was a distributor's.
  kind: v.optional(ConnectionKindSchema, 'distributor'),
  distributor: v.string(),
  distributorLabel: v.string(),
  name: v.string(),
  config: v.record(v.string(), v.string()),
  secrets: v.record(v.string(), v.boolean()),
  createdAt: v.string(),
  updatedAt: v.string(),
  status: ConnectionStatusSchema,
  /** Whole days until `status.credentialsExpireAt` (0 once past); absent when nothing expires. */
  credentialsDaysLeft: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
})
export type ConnectionView = v.InferOutput<typeof ConnectionViewSchema>

/** GET /api/connections. */
export const ConnectionListSchema = v.object({ connections: v.array(ConnectionViewSchema) })
export type ConnectionList = v.InferOutput<typeof ConnectionListSchema>

const MAX_VALUE_LENGTH = 4096

// Field values by key. A validation message never quotes a value: it may be a secret.
const ValuesSchema = v.record(
  v.pipe(v.string(), v.maxLength(64)),
  v.pipe(v.string(), v.maxLength(MAX_VALUE_LENGTH)),
)

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))

/** POST /api/connections. */
export const CreateConnectionBodySchema = v.object({
  distributor: v.pipe(v.string(), v.minLength(1)),
  name: NameSchema,
  config: v.optional(ValuesSchema, {}),
  secrets: v.optional(ValuesSchema, {}),
})
export type CreateConnectionBody = v.InferInput<typeof CreateConnectionBodySchema>

/** PATCH /api/connections/:id: an omitted or empty secret keeps the stored one. */
export const UpdateConnectionBodySchema = v.object({
  name: v.optional(NameSchema),
  config: v.optional(ValuesSchema),
  secrets: v.optional(ValuesSchema),
})
export type UpdateConnectionBody = v.InferInput<typeof UpdateConnectionBodySchema>

/** A write that takes nothing, e.g. POST /api/connections/rotate-key: `{}`. */
export const EmptyBodySchema = v.object({})

/** DELETE /api/connections/:id. */
export const ConnectionDeletedSchema = v.object({ deleted: v.string() })
export type ConnectionDeleted = v.InferOutput<typeof ConnectionDeletedSchema>

/**
 * POST /api/connections/:id/test: what the distributor said, or exactly what failed. A distributor
 * failure is an answer, not an HTTP error: the user asked a question.
 */
export const TestOutcomeSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    message: v.string(),
    details: v.optional(v.record(v.string(), v.string())),
  }),
  v.object({ ok: v.literal(false), kind: DistributorErrorKindSchema, message: v.string() }),
])
export type TestOutcome = v.InferOutput<typeof TestOutcomeSchema>

/** POST /api/connections/rotate-key: every record re-sealed under the current key, or named. */
export const RotationResultSchema = v.object({
  /** Records re-sealed under the current key. */
  rewrapped: v.number(),
  /** Records already under the current key (and opening with it). */
  alreadyCurrent: v.number(),
  /** Connection ids whose secrets open with no key this edge has: their secrets must be entered again. */
  failed: v.array(v.string()),
})
export type RotationResult = v.InferOutput<typeof RotationResultSchema>
