import { answerCoreJob, answerListing } from './answer-core-job'
import type { ListingProgressMessage, WorkerReply, WorkerRequest } from './core-job-protocol'
import {
  createSliceCollector,
  cutLongArrays,
  isSlice,
  slicesOf,
  type SliceMessage,
} from './sliced-messages'

/** The worker's end of the port: what core-worker.ts listens with (and the tests' channel). */
export type CoreJobServerPort = {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerRequest | SliceMessage>) => void,
  ): void
  postMessage(message: unknown): void
}

/**
 * Answers the page's requests: core jobs at once, in order; listings as they finish, telling
 * the page each request and page read. A request's long arrays arrive first, a slice a message
 * (sliced-messages.ts), and the answer's go back the same way.
 */
export function serveCoreJobs(port: CoreJobServerPort, onServed?: () => void) {
  const slices = createSliceCollector()
  const reply = (answer: WorkerReply) => {
    const { message, arrays } = cutLongArrays(answer)
    for (const slice of slicesOf(answer.id, arrays)) port.postMessage(slice)
    port.postMessage(message)
  }
  port.addEventListener('message', (event) => {
    const data = event.data
    if (isSlice(data)) {
      slices.add(data)
      return
    }
    onServed?.()
    const request = slices.restore(data.id, data)
    if (!('listing' in request)) {
      reply(answerCoreJob(request, 'worker'))
      return
    }
    const tell = (message: ListingProgressMessage) => port.postMessage(message)
    void answerListing(request, 'worker', {
      onRequest: () => tell({ id: request.id, progress: 'request' }),
      onPage: (done, total) => tell({ id: request.id, progress: 'page', done, total }),
    }).then(reply)
  })
}
