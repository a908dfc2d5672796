import { Hono } from 'hono'
import type { AppEnv } from './app-env'
import { assetRoutes } from './assets/routes'
import { billingRoutes } from './billing/routes'
import { requireCaller } from './auth/require-caller'
import { sameOriginJson } from './auth/same-origin-json'
import { connectionRoutes } from './connections/routes'
import { bodyCap } from './http/body-cap'
import { customerRoutes } from './customers/routes'
import { digestRoutes } from './digest/routes'
import { distributorRoutes, psaRoutes } from './distributors/routes'
import { healthRoutes } from './health/routes'
import { notFound } from './http/not-found'
import { onError } from './http/on-error'
import { syncRoutes } from './integrator/routes'
import { upstreamRoutes } from './proxy/routes'
import { psaBillingRoutes } from './psa/routes'
import { psaWriteBackRoutes } from './psa/write-back-routes'
import { connectionSettingsRoutes } from './register/connection-settings-routes'
import { registerRoutes } from './register/routes'
import { topLevelRoutes } from './register/top-level-routes'
import { runRoutes } from './runs/routes'

/** The edge API (docs/api.md): one Hono app, one resource per folder, under /api. */
export const app = new Hono<AppEnv>()

// Who may call, then what a write must look like: before any route, so none can forget them.
// Their refusals are AppErrors like every route's, answered by onError (on the proxy, marked as
// Seatkeeper's own so the browser's adapters never take them for the distributor's).
app.use('/api/*', requireCaller)
app.use('/api/*', sameOriginJson)
app.use('/api/*', bodyCap)

app.route('/api/health', healthRoutes)
app.route('/api/distributors', distributorRoutes)
app.route('/api/psas', psaRoutes)
// The proxy first: its paths are under /api/connections/:id too.
app.route('/api/connections/:id/upstream', upstreamRoutes)
app.route('/api/connections', connectionRoutes)
app.route('/api/connections', connectionSettingsRoutes)
app.route('/api/connections', syncRoutes)
app.route('/api/connections', psaBillingRoutes)
app.route('/api/register', registerRoutes)
app.route('/api/top-levels', topLevelRoutes)
app.route('/api/customers', customerRoutes)
app.route('/api/billing', billingRoutes)
app.route('/api/billing', psaWriteBackRoutes)
app.route('/api/runs', runRoutes)
app.route('/api/digest', digestRoutes)
app.route('/assets', assetRoutes)
app.notFound(notFound)
app.onError(onError)
