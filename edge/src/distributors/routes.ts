import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the connections work fills it (GET /api/distributors).
export const distributorRoutes = new Hono<AppEnv>()
