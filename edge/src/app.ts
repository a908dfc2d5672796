import { Hono } from 'hono'
import { assetRoutes } from './assets/routes'
import { notFound } from './errors/not-found'
import { onError } from './errors/on-error'
import { healthRoutes } from './health/routes'

/** The edge API (DESIGN.md §3.3): one Hono app, one resource per folder, mounted under /api. */
export const app = new Hono<{ Bindings: Env }>()

app.route('/api/health', healthRoutes)
app.route('/assets', assetRoutes)

app.notFound(notFound)
app.onError(onError)
