import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the register work fills it (ledger, undo).
export const runRoutes = new Hono<AppEnv>()
