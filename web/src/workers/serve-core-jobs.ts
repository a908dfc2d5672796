import { answerCoreJob } from './answer-core-job'
import type { CoreJobRequest } from './core-job-protocol'
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
    listener: (event: MessageEvent<CoreJobRequest | SliceMessage>) => void,
  ): void
  postMessage(message: unknown): void
}

/**
 * Answers the page's core jobs in order: a request's long arrays arrive first, a slice a message
 * (sliced-messages.ts), and the answer's go back the same way.
 */
export function serveCoreJobs(port: CoreJobServerPort, onServed?: () => void) {
  const slices = createSliceCollector()
  port.addEventListener('message', (event) => {
    const data = event.data
    if (isSlice(data)) {
      slices.add(data)
      return
    }
    onServed?.()
    const reply = answerCoreJob(slices.restore(data.id, data), 'worker')
    const { message, arrays } = cutLongArrays(reply)
    for (const slice of slicesOf(reply.id, arrays)) port.postMessage(slice)
    port.postMessage(message)
  })
}
