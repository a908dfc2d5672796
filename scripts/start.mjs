// `pnpm start`: the whole app on one local origin. Creates .dev.vars on first run, builds the web
// app, then runs the Worker (API + built SPA) with `wrangler dev` in local mode: no Cloudflare
// login, local KV/Durable Object/Queue storage under .wrangler/, nothing sent to Cloudflare.
// Plain Node ESM with no dependencies, so it runs before anything else has been built.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const host = '127.0.0.1'
const port = Number(process.env.PORT ?? 8787)
const url = `http://${host}:${port}`
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  // Without this, every start fetches request.cf geolocation data from workers.cloudflare.com;
  // the local app does not use it and must start offline too. Set it to "true" to get it back.
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
}

const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8790)
const sandboxOrigin = `http://${host}:${sandboxPort}`

// Everything `pnpm start` keeps running, started in this order and stopped together.
/** @type {{ name: string, command: string, args: string[] }[]} */
const services = [
  {
    // The simulated distributors the "Sandbox" environment of every connection talks to.
    name: 'sandbox',
    command: process.execPath,
    args: ['--import', 'tsx', join(root, 'packages/sandbox/src/server/main.ts')],
  },
  {
    name: 'edge',
    // wrangler's own entry run by this Node, not through pnpm or a shell, so signals reach it.
    command: process.execPath,
    args: [
      join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      '--local',
      '--ip',
      host,
      '--port',
      String(port),
      // LOCAL_MODE is "false" in wrangler.toml; only this loopback run may skip Cloudflare Access.
      '--var',
      'LOCAL_MODE:true',
      '--var',
      `SANDBOX_ORIGIN:${sandboxOrigin}`,
      // Local KV/Durable Object/Queue state: .wrangler/state by default; the end-to-end tests
      // point it at a fresh folder so every run starts from an empty register.
      ...(process.env.SEATKEEPER_STATE_DIR
        ? ['--persist-to', process.env.SEATKEEPER_STATE_DIR]
        : []),
    ],
  },
]

/** @type {import('node:child_process').ChildProcess[]} */
const running = []
let stopping = false

await main()

async function main() {
  // Ctrl-C is how this is meant to end, so it exits 0 once the children are gone.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal, 0))

  ensureDevVars()
  await ensurePortFree()
  await run('build', ...pnpm(['run', 'build']))
  if (stopping) return

  for (const service of services) start(service)
  if (await waitForHealth()) {
    console.log(`\nSeatkeeper is running at ${url}  (Ctrl-C stops it)\n`)
  }
}

/** Creates .dev.vars from the example with a fresh key, or checks the key already there. */
function ensureDevVars() {
  const devVars = join(root, '.dev.vars')
  if (!existsSync(devVars)) {
    const example = readFileSync(join(root, '.dev.vars.example'), 'utf8')
    const key = randomBytes(32).toString('base64')
    const filled = example
      .replace(/^CREDENTIALS_KEY=.*$/m, `CREDENTIALS_KEY=${key}`)
      .replace(/^CREDENTIALS_KEY_ID=.*$/m, 'CREDENTIALS_KEY_ID=local-1')
    writeFileSync(devVars, filled, { mode: 0o600 })
    console.log('Created .dev.vars with a new random local CREDENTIALS_KEY (key id local-1).')
    return
  }
  const key = /^CREDENTIALS_KEY=(.*)$/m.exec(readFileSync(devVars, 'utf8'))?.[1]?.trim() ?? ''
  if (Buffer.from(key, 'base64').length !== 32) {
    fail(
      '.dev.vars has no usable CREDENTIALS_KEY (it must be base64 of 32 bytes). ' +
        'Delete .dev.vars to have a new one generated (credentials saved locally with the old key ' +
        'can then no longer be read), or fix the line by hand.',
    )
  }
}

/** Fails early and clearly instead of letting wrangler pick another port or die mid-start. */
function ensurePortFree() {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () =>
      fail(
        `Port ${port} on ${host} is already in use, perhaps by another \`pnpm start\`. ` +
          'Stop that process, or run on another port: PORT=8788 pnpm start',
      ),
    )
    probe.listen(port, host, () => probe.close(resolve))
  })
}

/** Runs a one-off step to completion; a failed step stops the start. */
function run(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    running.push(child)
    child.on('exit', (code, signal) => {
      running.splice(running.indexOf(child), 1)
      if (stopping) return resolve(undefined)
      if (code !== 0) fail(`The ${name} step failed (${signal ?? `exit code ${code}`}); see above.`)
      resolve(undefined)
    })
  })
}

/** Starts a long-running service; if one stops on its own, everything stops with it. */
function start(service) {
  const child = spawn(service.command, service.args, { cwd: root, env, stdio: 'inherit' })
  running.push(child)
  child.on('exit', (code, signal) => {
    running.splice(running.indexOf(child), 1)
    if (stopping) {
      if (running.length === 0) process.exit(process.exitCode ?? 0)
      return
    }
    console.error(
      `\n${service.name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`,
    )
    stop('SIGTERM', code || 1)
  })
}

/** Forwards the signal to every child and exits once they have all gone. */
function stop(signal, exitCode) {
  if (stopping) return
  stopping = true
  process.exitCode = exitCode
  if (running.length === 0) process.exit(exitCode)
  for (const child of running) child.kill(signal)
  // A child that ignores the signal must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of running) child.kill('SIGKILL')
    process.exit(exitCode)
  }, 10_000).unref()
}

/** Polls /api/health until the Worker answers, so the printed URL is known to work. */
async function waitForHealth() {
  const deadline = Date.now() + 60_000
  while (!stopping && Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (!stopping)
    console.error(
      `\nThe Worker did not answer ${url}/api/health within 60 s; see its output above.`,
    )
  return false
}

/** pnpm with `args`: the pnpm that ran `pnpm start` (it sets npm_execpath), else the one on PATH. */
function pnpm(args) {
  const pnpmScript = process.env.npm_execpath
  return pnpmScript && /\.c?js$/.test(pnpmScript)
    ? [process.execPath, [pnpmScript, ...args]]
    : ['pnpm', args]
}

function fail(message) {
  console.error(`\npnpm start: ${message}`)
  stop('SIGTERM', 1)
  process.exit(1)
}
