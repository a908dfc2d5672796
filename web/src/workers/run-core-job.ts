import { nextTask } from '../ui/next-task'
import { answerCoreJob, answerListing } from './answer-core-job'
import type {
  CoreJobError,
  CoreJobRequest,
  ListingProgressMessage,
  ListingRequest,
  RanIn,
  WorkerReply,
  WorkerRequest,
} from './core-job-protocol'
import type { CoreJobArgs, CoreJobName, CoreJobResult } from './core-jobs'
import type { ListingJobArgs, ListingJobName, ListingJobResult, ListingWatch } from './listing-jobs'
import {
  createSliceCollector,
  cutLongArrays,
  isSlice,
  slicesOf,
  type SliceMessage,
} from './sliced-messages'

/** The page's end of a worker: a Worker, or in tests a MessagePort served by serveCoreJobs. */
export type CoreJobPort = {
  postMessage(message: WorkerRequest | SliceMessage): void
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerReply | SliceMessage | ListingProgressMessage>) => void,
  ): void
  addEventListener(type: 'error', listener: (event: Event) => void): void
}

/** The mark each finished job leaves (performance.getEntriesByName), with where it ran. */
export const CORE_JOB_MARK = 'seatkeeper:core-job'
export type CoreJobMarkDetail = { job: CoreJobName | ListingJobName; ranIn: RanIn; ms: number }

type Pending = {
  request: WorkerRequest
  resolve: (reply: WorkerReply) => void
  watch?: ListingWatch
}

const isProgress = (message: unknown): message is ListingProgressMessage =>
  typeof message === 'object' && message !== null && 'progress' in message

/** The request answered here, on the main thread: a core job, or a listing told to `watch`. */
function answerHere(request: WorkerRequest, watch?: ListingWatch): Promise<WorkerReply> {
  if (!('listing' in request)) return Promise.resolve(answerCoreJob(request, 'main thread'))
  return answerListing(request, 'main thread', watch ?? { onRequest() {}, onPage() {} })
}

/**
 * Runs core jobs and proxy listings in a worker from `connect`, or on the main thread when it
 * gives none (no Worker in this runtime) or the worker fails to start (its chunk could not be
 * loaded): the same functions either way, the fallback only costs the page its responsiveness.
 */
export function createCoreJobRunner(connect: () => CoreJobPort | undefined) {
  let port: CoreJobPort | undefined
  let broken = false
  let nextId = 1
  const pending = new Map<number, Pending>()
  const slices = createSliceCollector()

  function worker(): CoreJobPort | undefined {
    if (broken) return undefined
    if (port) return port
    try {
      port = connect()
    } catch {
      port = undefined
    }
    if (!port) {
      broken = true
      return undefined
    }
    port.addEventListener('message', (event) => {
      const data = event.data
      // A long array of the answer, in a message (a task) of its own: sliced-messages.ts.
      if (isSlice(data)) {
        slices.add(data)
        return
      }
      if (isProgress(data)) {
        const watch = pending.get(data.id)?.watch
        if (data.progress === 'request') watch?.onRequest()
        else watch?.onPage(data.done, data.total)
        return
      }
      const reply = slices.restore(data.id, data)
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      waiting.resolve(reply)
    })
    // A worker that cannot start (or dies) answers nothing: what it held runs here instead.
    port.addEventListener('error', () => {
      broken = true
      port = undefined
      for (const [id, waiting] of pending) {
        pending.delete(id)
        void answerHere(waiting.request, waiting.watch).then(waiting.resolve)
      }
    })
    return port
  }

  async function answer(
    request: WorkerRequest,
    name: CoreJobName | ListingJobName,
    watch?: ListingWatch,
  ) {
    const target = worker()
    const reply = target
      ? await new Promise<WorkerReply>((resolve) => {
          pending.set(request.id, { request, resolve, ...(watch ? { watch } : {}) })
          void send(target, request).catch(() => {
            // Arguments that cannot be cloned (a reactive proxy passed by mistake): run it here;
            // the mark says so, and the e2e test of the worker would fail.
            pending.delete(request.id)
            void answerHere(request, watch).then(resolve)
          })
        })
      : await answerHere(request, watch)
    performance.mark(CORE_JOB_MARK, {
      detail: { job: name, ranIn: reply.ranIn, ms: reply.ms } satisfies CoreJobMarkDetail,
    })
    if (!reply.ok) throw jobError(reply.error)
    return reply.value
  }

  return {
    /** A pure core function (core-jobs.ts) with these arguments. */
    async run<K extends CoreJobName>(job: K, ...args: CoreJobArgs<K>): Promise<CoreJobResult<K>> {
      const request: CoreJobRequest<K> = { id: nextId++, job, args }
      return (await answer(request as CoreJobRequest, job)) as CoreJobResult<K>
    },
    /** A connection's listing through the proxy (listing-jobs.ts), told to `watch` as it goes. */
    async list<K extends ListingJobName>(
      listing: K,
      args: ListingJobArgs<K>,
      watch: ListingWatch,
    ): Promise<ListingJobResult<K>> {
      const request: ListingRequest<K> = { id: nextId++, listing, args }
      return (await answer(
        request as unknown as WorkerRequest,
        listing,
        watch,
      )) as ListingJobResult<K>
    },
  }
}

/**
 * Posts `request`, its long arrays first, a slice a task: each copy is a short task of its own
 * instead of one for the whole register and listing (sliced-messages.ts).
 */
async function send(port: CoreJobPort, request: WorkerRequest) {
  const { message, arrays } = cutLongArrays(request)
  for (const slice of slicesOf(request.id, arrays)) {
    port.postMessage(slice)
    await nextTask()
  }
  port.postMessage(message)
}

/** The core's error again, by name and message (its class stays in the worker). */
function jobError(error: CoreJobError): Error {
  const rebuilt = new Error(error.message) as Error & { field?: string }
  rebuilt.name = error.name
  if (error.field !== undefined) rebuilt.field = error.field
  return rebuilt
}

/** The app's runner: one module worker for the page's lifetime, where the browser has Workers. */
export const { run: runCoreJob, list: runListing } = createCoreJobRunner(() =>
  typeof Worker === 'undefined'
    ? undefined
    : (new Worker(new URL('./core-worker.ts', import.meta.url), {
        type: 'module',
        name: 'seatkeeper-core',
      }) as unknown as CoreJobPort),
)
