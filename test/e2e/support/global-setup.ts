import type { TestProject } from 'vitest/node'
import { startApp } from './start-app'

// The end-to-end suite runs the app as `pnpm start` does, on its own ports (support/start-app.ts).
const PORT = Number(process.env.E2E_PORT ?? 8797)
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8798)

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The sandbox's origin, the app's SANDBOX_ORIGIN (its /_digest sink takes the digest). */
    sandboxOrigin: string
  }
}

export default async function setup(project: TestProject) {
  const app = await startApp({ port: PORT, sandboxPort: SANDBOX_PORT })
  project.provide('baseUrl', app.baseUrl)
  project.provide('sandboxOrigin', `http://127.0.0.1:${SANDBOX_PORT}`)
  return app.stop
}
