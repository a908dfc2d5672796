// The core worker: Vite bundles it as its own chunk (new URL('./core-worker.ts', import.meta.url)),
// loaded when a page first plans; it answers one request at a time, in order.
import { answerCoreJob } from './answer-core-job'
import type { CoreJobRequest } from './core-job-protocol'

// The web app's tsconfig has the DOM lib, not the worker's: this is the worker's side of it.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<CoreJobRequest>) => void): void
  postMessage(message: unknown): void
}
scope.addEventListener('message', (event) => {
  scope.postMessage(answerCoreJob(event.data, 'worker'))
})
