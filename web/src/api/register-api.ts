import {
  PlanPartResultSchema,
  PlanResultSchema,
  PlanUploadSchema,
  RECORD_KINDS,
  OperationSchema,
  RegisterChangesSchema,
  RunChangeSchema,
  SnapshotLineSchema,
  type Operation,
  type Plan,
  type PlanPartResult,
  type PlanResult,
  type PlanUpload,
  type RecordTable,
  type Register,
  type RegisterChanges,
  type RunChange,
} from '@seatkeeper/core'
import * as v from 'valibot'
import { ApiError } from './api-error'
import { fetchApi, fetchResponse } from './fetch-api'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'
import { nextTask } from '../ui/next-task'

const CHANGES = 'GET /api/register/changes'

// The answer with its runs' operations left unchecked: they are checked a slice at a time.
const [ChangesPage, TakeSnapshot] = RegisterChangesSchema.options
const parseChangesEnvelope = parseWith(
  v.variant('kind', [
    v.object({
      ...ChangesPage.entries,
      runs: v.array(v.object({ ...RunChangeSchema.entries, operations: v.array(v.unknown()) })),
    }),
    TakeSnapshot,
  ]),
  CHANGES,
)

/** Operations checked between two pauses of fetchChanges. */
export const CHANGES_CHECK_SLICE = 2_000
const Operations = v.array(OperationSchema)

/**
 * GET /api/register/changes: the runs after `since`, a page at a time, or "take a snapshot".
 * Each run's operations are checked against the contract a slice at a time, the page's main
 * thread given back between slices: a page of 19,000 operations (the first customer import at
 * 10,000 customers) checked at once was most of one 330–400 ms task (docs/benchmarks.md).
 */
export async function fetchChanges(
  since: number,
  options: {
    /** Where in the first run after `since` to read on from (a run in parts: RunChange `next`). */
    from?: number
    signal?: AbortSignal | undefined
    pause?: () => Promise<void>
  } = {},
): Promise<RegisterChanges> {
  const { from = 0, signal, pause = nextTask } = options
  const path = `/api/register/changes?since=${since}${from > 0 ? `&from=${from}` : ''}` as const
  const page = await fetchApi(path, parseChangesEnvelope, { signal })
  if (page.kind === 'snapshot') return page
  const runs: RunChange[] = []
  for (const [r, run] of page.runs.entries()) {
    const operations: Operation[] = []
    for (let at = 0; at < run.operations.length; at += CHANGES_CHECK_SLICE) {
      if (at > 0 || r > 0) await pause()
      const place = { path: `runs.${r}.operations`, offset: at }
      const slice = parseWith(
        Operations,
        CHANGES,
        place,
      )(run.operations.slice(at, at + CHANGES_CHECK_SLICE))
      for (const operation of slice) operations.push(operation)
    }
    runs.push({ ...run, operations })
  }
  // Applying the runs is a task of its own, not the last slice's.
  if (page.runs.length > 0) await pause()
  return { ...page, runs }
}

/** What the snapshot stream hands on: its version first, then checked records, a page at a time. */
export type SnapshotPart =
  | { type: 'start'; version: number }
  | { [K in RecordTable]: { type: 'records'; table: K; records: Register[K] } }[RecordTable]

const SNAPSHOT = 'GET /api/register/snapshot'
const parseLine = parseWith(SnapshotLineSchema, SNAPSHOT)
const parseRecords = Object.fromEntries(
  Object.entries(RECORD_KINDS).map(([table, kind]) => [
    table,
    parseWith(v.array(kind.schema), `${SNAPSHOT} (${table})`),
  ]),
) as { [K in RecordTable]: (body: unknown) => Register[K] }

/**
 * GET /api/register/snapshot, read line by line as it arrives (NDJSON, core SnapshotLineSchema):
 * each page of records is checked against its kind's schema here, once, and handed on, so no
 * step holds the whole answer as text. Throws an ApiError when the register moved during the
 * read (read again) or the answer broke off before its end.
 */
export async function* fetchSnapshot(signal?: AbortSignal): AsyncGenerator<SnapshotPart> {
  const response = await fetchResponse('/api/register/snapshot', {
    headers: { accept: 'application/x-ndjson' },
    ...(signal ? { signal } : {}),
  })
  let version: number | undefined
  for await (const text of lines(response)) {
    const line = parseLine(JSON.parse(text))
    if (line.type === 'error') throw new ApiError(line.message, 409)
    if (line.type === 'end' && line.version === version) return
    if (line.type === 'end') break
    if (line.type === 'start') version = line.version
    yield line.type === 'start'
      ? line
      : ({ ...line, records: parseRecords[line.table](line.records) } as SnapshotPart)
  }
  // The body ended cleanly but early: the Worker stopped (a network cut fails the read instead).
  throw new ApiError(
    `${SNAPSHOT} broke off before the end of the register. Try again; if it persists, check the Worker's logs.`,
    502,
  )
}

// A page's line is ~4 MB and arrives in many chunks: only each new chunk is searched for the end
// of a line, and a line's pieces are joined once.
async function* lines(response: Response): AsyncGenerator<string> {
  if (!response.body) return
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let pieces: string[] = []
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      let from = 0
      for (let end = value.indexOf('\n'); end >= 0; end = value.indexOf('\n', from)) {
        pieces.push(value.slice(from, end))
        const line = pieces.join('')
        pieces = []
        if (line) yield line
        from = end + 1
      }
      if (from < value.length) pieces.push(value.slice(from))
    }
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(
      `${SNAPSHOT} broke off while the register loaded. Check your network connection and retry.`,
      undefined,
    )
  } finally {
    reader.releaseLock()
  }
  const last = pieces.join('')
  if (last) yield last
}

/**
 * POST /api/register/plans. A 409 arrives as an ApiError whose `body.version` is the register's
 * current version; `submitPlan` (register/) turns it into a RegisterChangedError.
 */
export function postPlan(plan: Plan): Promise<PlanResult> {
  return sendJson(
    'POST',
    '/api/register/plans',
    { baseVersion: plan.baseVersion, plan },
    parseWith(PlanResultSchema, 'POST /api/register/plans'),
  )
}

/** POST /api/register/plans/uploads: an upload for a plan too large for one request. */
export function startPlanUpload(): Promise<PlanUpload> {
  const path = '/api/register/plans/uploads'
  return sendJson('POST', path, {}, parseWith(PlanUploadSchema, `POST ${path}`))
}

/** PUT /api/register/plans/uploads/:id/parts/:n, the body already written (planParts). */
export function putPlanPart(uploadId: string, part: number, body: string): Promise<PlanPartResult> {
  const path = `/api/register/plans/uploads/${encodeURIComponent(uploadId)}/parts/${part}` as const
  return fetchApi(path, parseWith(PlanPartResultSchema, `PUT ${path}`), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body,
  })
}

/**
 * POST /api/register/plans/uploads/:id/commit: the plan without its operations, which the upload's
 * `parts` parts carry. Answers (and refuses, 409 included) as postPlan does.
 */
export function commitPlanUpload(uploadId: string, plan: Plan, parts: number): Promise<PlanResult> {
  const path = `/api/register/plans/uploads/${encodeURIComponent(uploadId)}/commit` as const
  return sendJson(
    'POST',
    path,
    { baseVersion: plan.baseVersion, parts, plan: { ...plan, operations: [] } },
    parseWith(PlanResultSchema, `POST ${path}`),
  )
}
