import type { Health } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Liveness only: it answers without touching KV, the Durable Object or a distributor, so a failing
// health check means the Worker itself is not serving, not that a dependency is slow.
export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ ok: true, service: 'seatkeeper-edge' } satisfies Health),
)
