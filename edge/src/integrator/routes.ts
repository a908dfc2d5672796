import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the integrator work fills it (POST /api/connections/:id/sync).
export const syncRoutes = new Hono<AppEnv>()
