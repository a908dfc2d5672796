// The core worker: Vite bundles it as its own chunk (new URL('./core-worker.ts', import.meta.url)),
// loaded when a page first plans; it answers one request at a time, in order.
import { serveCoreJobs, type CoreJobServerPort } from './serve-core-jobs'

// The web app's tsconfig has the DOM lib, not the worker's: this is the worker's side of it.
serveCoreJobs(self as unknown as CoreJobServerPort)
