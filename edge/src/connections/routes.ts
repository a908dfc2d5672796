import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the connections work fills it (CRUD + test).
export const connectionRoutes = new Hono<AppEnv>()
