import { Hono } from 'hono'

// Liveness only: it answers without touching KV, the Durable Object or a distributor, so a failing
// health check means the Worker itself is not serving, not that a dependency is slow.
export const healthRoutes = new Hono<{ Bindings: Env }>().get('/', (c) =>
  c.json({ ok: true, service: 'seatkeeper-edge' } as const),
)
