import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the proxy work fills it (/api/connections/:id/upstream/*).
export const upstreamRoutes = new Hono<AppEnv>()
