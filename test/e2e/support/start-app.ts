import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type RunningApp = { baseUrl: string; stop: () => Promise<void> }

/**
 * Runs the app exactly as README's `pnpm start` does (scripts/start.mjs: builds the SPA, wrangler
 * dev in local mode + the sandbox distributors), on the given ports and with a fresh local state
 * folder, so it neither collides with a developer's running app nor inherits their register.
 * `env` adds variables (the benchmark sizes the sandbox with SANDBOX_CUSTOMERS/SUBSCRIPTIONS).
 */
export async function startApp(options: {
  port: number
  sandboxPort: number
  env?: Record<string, string>
  /** How long the build and start may take before giving up. */
  timeoutMs?: number
}): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${options.port}`
  const root = join(import.meta.dirname, '..', '..', '..')
  const stateDir = mkdtempSync(join(tmpdir(), 'seatkeeper-e2e-'))
  const output: string[] = []
  const app: ChildProcess = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      SANDBOX_PORT: String(options.sandboxPort),
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

  const deadline = Date.now() + (options.timeoutMs ?? 240_000)
  let exited = false
  app.on('exit', () => (exited = true))

  function kill() {
    if (app.pid && !exited) {
      try {
        process.kill(-app.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
    rmSync(stateDir, { recursive: true, force: true })
  }

  while (!(await healthy(baseUrl))) {
    if (exited || Date.now() > deadline) {
      kill()
      throw new Error(
        `pnpm start did not serve ${baseUrl} (${exited ? 'it exited' : 'timed out'}):\n${output.join('').slice(-4000)}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    baseUrl,
    stop: async () => {
      kill()
      await new Promise((resolve) => setTimeout(resolve, 500))
    },
  }
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`)).ok
  } catch {
    return false
  }
}
