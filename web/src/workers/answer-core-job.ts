import type {
  CoreJobReply,
  CoreJobRequest,
  ListingReply,
  ListingRequest,
  RanIn,
} from './core-job-protocol'
import { coreJobs, type CoreJobName } from './core-jobs'
import { listingJobs, type ListingWatch } from './listing-jobs'

/** Runs one request against the core and says how it went; never throws (errors are replies). */
export function answerCoreJob<K extends CoreJobName>(
  request: CoreJobRequest<K>,
  ranIn: RanIn,
): CoreJobReply<K> {
  const started = performance.now()
  const run = coreJobs[request.job] as (...args: unknown[]) => ReturnType<(typeof coreJobs)[K]>
  try {
    const value = run(...request.args)
    return { id: request.id, ok: true, value, ranIn, ms: performance.now() - started }
  } catch (error) {
    return failed(request.id, error, ranIn, started)
  }
}

/** Runs one listing, telling `watch` as it goes; never throws (errors are replies). */
export async function answerListing(
  request: ListingRequest,
  ranIn: RanIn,
  watch: ListingWatch,
): Promise<ListingReply> {
  const started = performance.now()
  const run = listingJobs[request.listing] as (...args: unknown[]) => Promise<unknown>
  try {
    const value = await run(...request.args, watch)
    return { id: request.id, ok: true, value, ranIn, ms: performance.now() - started }
  } catch (error) {
    return failed(request.id, error, ranIn, started)
  }
}

function failed(id: number, error: unknown, ranIn: RanIn, started: number) {
  return {
    id,
    ok: false as const,
    error: asJobError(error),
    ranIn,
    ms: performance.now() - started,
  }
}

function asJobError(error: unknown) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const field = (error as { field?: unknown }).field
  return {
    name: error.name,
    message: error.message,
    ...(typeof field === 'string' ? { field } : {}),
  }
}
