import {
  RunHeadSchema,
  RunListSchema,
  RunOperationsPageSchema,
  UndoResultSchema,
  type RunHead,
  type RunOperationsPage,
  type RunView,
  type UndoResult,
} from '@seatkeeper/core'
import { fetchApi } from './fetch-api'
import { parseWith } from './parse-with'
import { sendJson } from './send-json'

/** GET /api/runs, newest first; `before` pages back from a run id. */
export async function fetchRuns(
  options: { limit?: number; before?: string } = {},
  signal?: AbortSignal,
): Promise<RunView[]> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 50) })
  if (options.before) query.set('before', options.before)
  const path = `/api/runs?${query.toString()}` as const
  const list = await fetchApi(path, parseWith(RunListSchema, 'GET /api/runs'), { signal })
  return list.runs
}

/** GET /api/runs/:id/head: the run without its operations (those come by page). */
export function fetchRunHead(id: string, signal?: AbortSignal): Promise<RunHead> {
  const path = `/api/runs/${encodeURIComponent(id)}/head` as const
  return fetchApi(path, parseWith(RunHeadSchema, `GET ${path}`), { signal })
}

/** GET /api/runs/:id/operations: `limit` operations from position `from`, and where the next start. */
export function fetchRunOperationsPage(
  id: string,
  from: number,
  limit: number,
  signal?: AbortSignal,
): Promise<RunOperationsPage> {
  const path = `/api/runs/${encodeURIComponent(id)}/operations?from=${from}&limit=${limit}` as const
  return fetchApi(path, parseWith(RunOperationsPageSchema, `GET ${path}`), { signal })
}

/** POST /api/runs/:id/undo: reverts what nothing newer touched; the rest come back with reasons. */
export function undoRun(id: string): Promise<UndoResult> {
  const path = `/api/runs/${encodeURIComponent(id)}/undo` as const
  return sendJson('POST', path, {}, parseWith(UndoResultSchema, `POST ${path}`))
}
