import type { CoreJobArgs, CoreJobName, CoreJobResult } from './core-jobs'
import type { ListingJobArgs, ListingJobName } from './listing-jobs'

/** Page → worker: run `job` with `args` (structured-cloned; the core's inputs are plain data). */
export type CoreJobRequest<K extends CoreJobName = CoreJobName> = {
  id: number
  job: K
  args: CoreJobArgs<K>
}

/** Page → worker: list a connection through the edge proxy (listing-jobs.ts). */
export type ListingRequest<K extends ListingJobName = ListingJobName> = {
  id: number
  listing: K
  args: ListingJobArgs<K>
}

export type WorkerRequest = CoreJobRequest | ListingRequest

/** Worker → page while a listing runs: a request sent, or pages read of all. */
export type ListingProgressMessage =
  | { id: number; progress: 'request' }
  | { id: number; progress: 'page'; done: number; total: number }

/** Where a job ran: the e2e test and performance marks read it, so a silent fallback shows. */
export type RanIn = 'worker' | 'main thread'

/** An error thrown by the core, as it crosses back: enough for errorMessage and a field. */
export type CoreJobError = { name: string; message: string; field?: string }

/** Worker → page: the job's answer or its error, with how long the core took. */
export type CoreJobReply<K extends CoreJobName = CoreJobName> =
  | { id: number; ok: true; value: CoreJobResult<K>; ranIn: RanIn; ms: number }
  | { id: number; ok: false; error: CoreJobError; ranIn: RanIn; ms: number }

/** Worker → page: a listing's answer, or why it failed. */
export type ListingReply =
  | { id: number; ok: true; value: unknown; ranIn: RanIn; ms: number }
  | { id: number; ok: false; error: CoreJobError; ranIn: RanIn; ms: number }

export type WorkerReply = CoreJobReply | ListingReply
