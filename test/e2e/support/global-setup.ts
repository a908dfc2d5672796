import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

// The end-to-end suite runs the app exactly as README's `pnpm start` does (scripts/start.mjs:
// builds the SPA, wrangler dev in local mode + the sandbox distributors), on its own ports and
// with a fresh local state folder, so it neither collides with a developer's running app nor
// inherits their register.
const PORT = Number(process.env.E2E_PORT ?? 8797)
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8798)
const BASE_URL = `http://127.0.0.1:${PORT}`

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..', '..')
  const stateDir = mkdtempSync(join(tmpdir(), 'seatkeeper-e2e-'))
  const output: string[] = []
  const app: ChildProcess = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      SANDBOX_PORT: String(SANDBOX_PORT),
      SEATKEEPER_STATE_DIR: stateDir,
      WRANGLER_SEND_METRICS: 'false',
      // Vitest sets NODE_ENV=test, which would make `vite build` a development build (Solid's dev
      // runtime, import.meta.env.PROD false: no service worker). `pnpm start` runs without it.
      NODE_ENV: undefined,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  for (const stream of [app.stdout, app.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()))

  const deadline = Date.now() + 240_000
  let exited = false
  app.on('exit', () => (exited = true))
  while (!(await healthy())) {
    if (exited || Date.now() > deadline) {
      stop()
      throw new Error(
        `pnpm start did not serve ${BASE_URL} (${exited ? 'it exited' : 'timed out'}):\n${output.join('').slice(-4000)}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  project.provide('baseUrl', BASE_URL)

  function stop() {
    if (app.pid && !exited) {
      try {
        process.kill(-app.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
    rmSync(stateDir, { recursive: true, force: true })
  }
  return async () => {
    stop()
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${BASE_URL}/api/health`)).ok
  } catch {
    return false
  }
}
