import { Hono, type MiddlewareHandler } from 'hono'
import { applyShortListing, countListingCalls, createTokenIssuer, withFaults } from '../faults'
import type { SimulatorOptions } from '../faults/types'
import type { DickerDataSandboxCredentials } from './dickerdata-credentials'
import { accessKeyDenied, dickerdataError } from './dickerdata-error'
import { matches, readInFilter } from './read-in-filter'
import {
  isListedSubscription,
  renderSubscription,
  type DickerSubscriptionRow,
} from './render-subscription'
import { isListedTenant, renderTenant } from './render-tenant'

/** Matches the adapter's assumed AccessKey lifetime; the real one is undocumented [I]. */
const ACCESS_KEY_TTL_SECONDS = 20 * 60
const SUPPORTED_API_VERSIONS = new Set(['v1', '1.0'])

/**
 * The Dicker Data B2B API (docs/distributors.md) over a generated world: AccessKeyRequest, then
 * Subscriptions/GetTenant and Subscriptions/GetSubscriptionDetails, all POST with {"In":{…}} → {"Out":[…]}.
 * Mounted by the sandbox server at /dickerdata, which is the adapter's sandbox baseUrl.
 */
export function createDickerDataSimulator(
  options: SimulatorOptions<DickerDataSandboxCredentials>,
): Hono {
  const { world, credentials, faults } = options
  const accountCode = credentials.config.accountCode
  const issuer = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: ACCESS_KEY_TTL_SECONDS,
  })
  const customersBySeq = new Map(world.customers.map((customer) => [customer.seq, customer]))
  const app = new Hono()

  // The API does not page [I]: each distinct Subscriptions listing call counts as one page, so
  // failPage {page: 2} fails the second listing fetched (GetSubscriptionDetails after GetTenant).
  const page = countListingCalls(
    (c) => c.req.method === 'POST' && c.req.path.includes('/Subscriptions/'),
  )
  app.use('*', withFaults(faults, { error: dickerdataError, pageParam: 'page', page }))

  app.post('/AccessKeyRequest', async (c) => {
    let body: Record<string, unknown>
    try {
      body = (await c.req.json()) as Record<string, unknown>
    } catch {
      return dickerdataError(400, 'The request is invalid.')
    }
    if (
      typeof body !== 'object' ||
      body === null ||
      typeof body.TransactionID !== 'string' ||
      !body.TransactionID
    ) {
      return dickerdataError(400, 'The request is invalid. TransactionID is required.')
    }
    const accountOk = body.AccountCode === undefined || body.AccountCode === accountCode
    if (body.AccessToken !== credentials.secrets.apiToken || !accountOk) return accessKeyDenied()
    return c.json({ AccessKey: issuer.issue(accountCode), Status: 'GRANTED' })
  })

  const requireAccessKey: MiddlewareHandler = async (c, next) => {
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1]
    if (!bearer || issuer.check(bearer) !== 'ok') {
      return dickerdataError(401, 'Authorization has been denied for this request.')
    }
    if (!c.req.header('dd-transactionid')) {
      return dickerdataError(
        400,
        'The request is invalid. The DD-TransactionID header is required.',
      )
    }
    if (!SUPPORTED_API_VERSIONS.has(c.req.header('dd-apiversion') ?? '')) {
      return dickerdataError(400, 'The request is invalid. The DD-ApiVersion header must be v1.')
    }
    return next()
  }
  app.use('/Subscriptions/*', requireAccessKey)

  app.post('/Subscriptions/GetTenant', async (c) => {
    const filter = await readInFilter(c)
    if (!filter) return dickerdataError(400, 'The request is invalid. The In object is required.')
    // Only CSP customers are tenants; the other programmes (ADY, ADM) have none in this world.
    const csp = (filter.SubscriptionType ?? 'CSP').toUpperCase() === 'CSP'
    const rows = csp
      ? world.customers
          .filter(isListedTenant)
          .map((customer) => renderTenant(customer, accountCode))
          .filter((row) => matches(row.TenantId, filter.TenantID))
      : []
    return c.json({ Out: applyShortListing(rows, faults) })
  })

  app.post('/Subscriptions/GetSubscriptionDetails', async (c) => {
    const filter = await readInFilter(c)
    if (!filter) return dickerdataError(400, 'The request is invalid. The In object is required.')
    const csp = (filter.SubscriptionType ?? 'CSP').toUpperCase() === 'CSP'
    const rows: DickerSubscriptionRow[] = []
    for (const subscription of csp ? world.subscriptions : []) {
      const customer = customersBySeq.get(subscription.customerSeq)
      if (!isListedSubscription(customer)) continue
      const row = renderSubscription(subscription, customer, accountCode)
      if (
        matches(row.TenantId, filter.TenantID) &&
        matches(row.SubscriptionId, filter.SubscriptionId) &&
        matches(row.StockCode, filter.StockCode) &&
        matches(row.SubscriptionReference, filter.SubscriptionReference)
      ) {
        rows.push(row)
      }
    }
    return c.json({ Out: applyShortListing(rows, faults) })
  })

  // ASP.NET Web API's answers for a known path with the wrong method, and for an unknown path.
  app.all('/AccessKeyRequest', () => methodNotAllowed())
  app.all('/Subscriptions/GetTenant', () => methodNotAllowed())
  app.all('/Subscriptions/GetSubscriptionDetails', () => methodNotAllowed())
  app.notFound((c) =>
    dickerdataError(
      404,
      `No HTTP resource was found that matches the request URI '${c.req.path}'.`,
    ),
  )
  return app
}

function methodNotAllowed(): Response {
  return dickerdataError(405, 'The requested resource does not support this HTTP method.')
}
