import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the register work fills it (create, edit, CSV import).
export const customerRoutes = new Hono<AppEnv>()
