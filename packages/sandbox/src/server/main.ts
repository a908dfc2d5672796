// The sandbox distributors for `pnpm start`: every simulator on http://127.0.0.1:8790/<id>.
// SANDBOX_CUSTOMERS / SANDBOX_SUBSCRIPTIONS size the book they serve (60 / 300 by default), so
// `pnpm bench web` can run the app against 3,000 or 10,000 customers.
import { serve } from '@hono/node-server'
import { generateWorld } from '../world/generate-world'
import { createSandboxServer } from './create-sandbox-server'

/** A whole number ≥ 1 from the environment, or the default; anything else stops the start. */
function sizeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw.replaceAll('_', ''))
  if (!Number.isInteger(value) || value < 1) {
    console.error(
      `${name} must be a whole number of at least 1 (got "${raw}"); unset it for ${fallback}.`,
    )
    process.exit(2)
  }
  return value
}

const customers = sizeFromEnv('SANDBOX_CUSTOMERS', 60)
const subscriptions = sizeFromEnv('SANDBOX_SUBSCRIPTIONS', customers * 5)
const port = Number(process.env.SANDBOX_PORT ?? 8790)
const hostname = '127.0.0.1'
// Renewals, cancellation windows and trials are planted around the day it starts (UTC), so a new
// user sees which decisions are due this month (plant-commitments.ts).
const today = new Date().toISOString().slice(0, 10)
const world = generateWorld({ seed: 1, customers, subscriptions, today })
serve({ fetch: createSandboxServer({ world }).fetch, port, hostname }, () => {
  console.log(
    `Sandbox distributors on http://${hostname}:${port} (${customers} customers, ${subscriptions} subscriptions)`,
  )
})
