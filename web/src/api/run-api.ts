import {
  RunDetailSchema,
  RunListSchema,
  UndoResultSchema,
  type RunDetail,
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

/** GET /api/runs/:id. */
export function fetchRun(id: string, signal?: AbortSignal): Promise<RunDetail> {
  const path = `/api/runs/${encodeURIComponent(id)}` as const
  return fetchApi(path, parseWith(RunDetailSchema, `GET ${path}`), { signal })
}

/** POST /api/runs/:id/undo: reverts what nothing newer touched; the rest come back with reasons. */
export function undoRun(id: string): Promise<UndoResult> {
  const path = `/api/runs/${encodeURIComponent(id)}/undo` as const
  return sendJson('POST', path, {}, parseWith(UndoResultSchema, `POST ${path}`))
}
