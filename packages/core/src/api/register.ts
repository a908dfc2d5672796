import * as v from 'valibot'
import { RECORD_TABLES } from '../model/record-kinds'
import { OperationSchema } from '../operations/operation'

/**
 * POST /api/register/plans. The plan itself is checked by the register (PlanSchema, its version,
 * user-owned fields), which every caller goes through; the route checks only this envelope.
 */
export const PlanRequestSchema = v.object({
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  plan: v.looseObject({}),
})

/** The answer to an applied plan: the register's new version; runId null when nothing changed. */
export const PlanResultSchema = v.object({ version: v.number(), runId: v.nullable(v.string()) })
export type PlanResult = v.InferOutput<typeof PlanResultSchema>

/** The 409 to a plan made from an older register: re-plan against `version`. */
export const StalePlanSchema = v.object({
  error: v.object({ message: v.string() }),
  version: v.number(),
})

/**
 * Most bytes of JSON one request of a plan carries. A plan above it (a first import at 10,000
 * customers is ~46 MB) goes as an upload: its operations in parts of at most this size, then a
 * commit with the rest of the plan, applied as one run (docs/api.md "Plans in parts").
 */
export const PLAN_PART_MAX_BYTES = 8_000_000
/** Most parts one upload takes (PLAN_PART_MAX_BYTES each: ~800 MB, far past any register). */
export const PLAN_UPLOAD_MAX_PARTS = 100
/** How long an upload's staged parts wait for their commit. */
export const PLAN_UPLOAD_TTL_MS = 60 * 60 * 1000

/** The answer to POST /api/register/plans/uploads: where the parts go, and until when. */
export const PlanUploadSchema = v.object({ uploadId: v.string(), expiresAt: v.string() })
export type PlanUpload = v.InferOutput<typeof PlanUploadSchema>

/**
 * PUT /api/register/plans/uploads/:id/parts/:n (n from 0): the plan's operations from part n, in
 * order. Sending a part again replaces it. The operations are checked with the plan at the commit.
 */
export const PlanPartSchema = v.object({ operations: v.array(v.looseObject({})) })

/** The answer to a part: which part was kept, with how many operations. */
export const PlanPartResultSchema = v.object({ part: v.number(), operations: v.number() })
export type PlanPartResult = v.InferOutput<typeof PlanPartResultSchema>

/**
 * POST /api/register/plans/uploads/:id/commit: the plan without its operations (`operations: []`),
 * made from `baseVersion`, and how many parts carry them. Answers as POST /api/register/plans does
 * (PlanResultSchema, or StalePlanSchema's 409).
 */
export const PlanUploadCommitSchema = v.object({
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  parts: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1, 'parts must be at least 1.'),
    v.maxValue(PLAN_UPLOAD_MAX_PARTS, `parts must be at most ${PLAN_UPLOAD_MAX_PARTS}.`),
  ),
  plan: v.looseObject({}),
})

/** Most operations one page of GET /api/register/changes carries (and the default page). */
export const CHANGES_PAGE_MAX = 5_000
/**
 * A copy further behind than this many operations takes a snapshot instead: replaying a first
 * import of 50,000 operations costs more than reading the register.
 */
export const CHANGES_REPLAY_MAX = 20_000

const wholeFrom = (min: number, max: number, message: string) =>
  v.pipe(
    v.string(message),
    v.toNumber(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  )

/**
 * GET /api/register/changes?since=<version>&limit=<operations per page>&from=<operation>. `from`
 * reads the first run after `since` from that operation on: a run longer than `limit` comes in
 * parts (RunChange `next`).
 */
export const ChangesQuerySchema = v.object({
  since: wholeFrom(
    0,
    Number.MAX_SAFE_INTEGER,
    'since must be a register version (a whole number).',
  ),
  limit: v.optional(
    wholeFrom(1, CHANGES_PAGE_MAX, `limit must be a whole number from 1 to ${CHANGES_PAGE_MAX}.`),
  ),
  from: v.optional(
    wholeFrom(
      0,
      Number.MAX_SAFE_INTEGER,
      'from must be the position of an operation in the run (a whole number).',
    ),
  ),
})

/**
 * One committed run as the register replays it: its operations move `baseVersion` to `version`.
 * With `next`, these are only a part of the run's operations (a run longer than a page): ask again
 * with the same `since` and `from` = `next`, and apply the run once its last part has come.
 */
export const RunChangeSchema = v.object({
  runId: v.string(),
  baseVersion: v.number(),
  version: v.number(),
  operations: v.array(OperationSchema),
  next: v.optional(v.number()),
})
export type RunChange = v.InferOutput<typeof RunChangeSchema>

/**
 * The answer to GET /api/register/changes: the runs after `since` in order (whole runs, a page at a
 * time; `more` when later runs follow — ask again since the last run's version), or "take a
 * snapshot" when the ledger cannot replay them (`reason` says why, in words).
 */
export const RegisterChangesSchema = v.variant('kind', [
  v.object({
    kind: v.literal('changes'),
    version: v.number(),
    runs: v.array(RunChangeSchema),
    more: v.boolean(),
  }),
  v.object({ kind: v.literal('snapshot'), version: v.number(), reason: v.string() }),
])
export type RegisterChanges = v.InferOutput<typeof RegisterChangesSchema>

/**
 * One line of GET /api/register/snapshot (NDJSON): `start` with the version, `records` of one kind
 * a page at a time (each record checked against its kind's schema by the reader), `end` with the
 * same version; `error` when the register changed while it was read (read it again).
 */
export const SnapshotLineSchema = v.variant('type', [
  v.object({ type: v.literal('start'), version: v.number() }),
  v.object({
    type: v.literal('records'),
    table: v.picklist(RECORD_TABLES),
    records: v.array(v.unknown()),
  }),
  v.object({ type: v.literal('end'), version: v.number() }),
  v.object({ type: v.literal('error'), message: v.string() }),
])
export type SnapshotLine = v.InferOutput<typeof SnapshotLineSchema>
