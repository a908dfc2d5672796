import { StalePlanSchema, type Plan, type PlanResult } from '@seatkeeper/core'
import type { QueryClient } from '@tanstack/solid-query'
import * as v from 'valibot'
import { ApiError } from '../api/api-error'
import { commitPlanUpload, postPlan, putPlanPart, startPlanUpload } from '../api/register-api'
import { queryClient } from '../query-client'
import { RegisterChangedError } from './register-changed-error'
import { planParts } from './plan-parts'
import { registerKeys } from './register-keys'
import type { RegisterCopy } from './register-copy'
import { registerQueryOptions } from './register-query-options'
import { runKeys } from './run-keys'

/**
 * Applies a plan: in one request (POST /api/register/plans), or, above BROWSER_PART_BYTES, as an
 * upload of parts committed as one run (docs/api.md "Plans in parts"). On success the cached register (query cache and
 * IndexedDB) is refreshed and run queries are marked stale. On 409 throws RegisterChangedError with
 * the current version (the cached register is refreshed too, so the caller can re-plan at once).
 * Other failures are ApiError with the edge's message.
 */
export async function submitPlan(
  plan: Plan,
  client: QueryClient = queryClient,
): Promise<PlanResult> {
  let result: PlanResult
  try {
    result = await sendPlan(plan)
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      await refreshRegister(client).catch(() => undefined)
      throw new RegisterChangedError(error.message, versionFrom(error.body) ?? plan.baseVersion)
    }
    throw error
  }
  await refreshRegister(client).catch(() => undefined)
  void client.invalidateQueries({ queryKey: runKeys.all })
  return result
}

async function sendPlan(plan: Plan): Promise<PlanResult> {
  const parts = await planParts(plan)
  if (parts.length === 1) return postPlan(plan)
  const { uploadId } = await startPlanUpload()
  // One part at a time: each is up to 8 MB, and the edge stores each before answering.
  for (const [n, part] of parts.entries()) await putPlanPart(uploadId, n, part)
  return commitPlanUpload(uploadId, plan, parts.length)
}

/**
 * Brings the register shown up to the edge's now (after a write). A refresh already under way may
 * have started before the write, so it is cancelled and run again. A failure stays on the query,
 * which the layout shows with a retry (RegisterFreshness), as well as being thrown.
 */
export async function refreshRegister(client: QueryClient = queryClient): Promise<RegisterCopy> {
  const key = registerKeys.snapshot()
  // The first read of a page answers the copy kept in this browser: have it, then move it on.
  if (client.getQueryData(key) === undefined) await client.fetchQuery(registerQueryOptions())
  else if (client.getQueryState(key)?.fetchStatus === 'fetching')
    await client.cancelQueries({ queryKey: key, exact: true })
  return client.fetchQuery({ ...registerQueryOptions(), staleTime: 0 })
}

/** The register's current version in a 409 to a stale plan (core's StalePlanSchema). */
export function versionFrom(body: unknown): number | undefined {
  const stale = v.safeParse(StalePlanSchema, body)
  return stale.success ? stale.output.version : undefined
}
