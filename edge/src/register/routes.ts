import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder mounted by app.ts; the register work fills it (GET /api/register, POST /api/register/plans).
export const registerRoutes = new Hono<AppEnv>()
