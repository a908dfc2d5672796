import { Hono } from 'hono'
import {
  applyShortListing,
  countListingCalls,
  createTokenIssuer,
  withFaults,
  type SimulatorOptions,
} from '../faults'
import { renderRhipeBook } from './render-rhipe-book'
import { DENIED, oauthError, rhipeError } from './rhipe-error'
import type { RhipeSandboxCredentials } from './rhipe-sandbox-credentials'

const TOKEN_TTL_SECONDS = 3600

/**
 * PRISM as Seatkeeper's adapter meets it, mounted at /rhipe: IdentityServer's client-credentials
 * token endpoint (scope rhipeapi), the customers list and the tenants of each contract agreement,
 * rendering the seeded world. Unpaginated, like PRISM; faults come from options.faults.
 */
export function createRhipeSimulator(options: SimulatorOptions<RhipeSandboxCredentials>): Hono {
  const { credentials, faults } = options
  const book = renderRhipeBook(options.world)
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
  })
  const app = new Hono()

  // PRISM does not page, so failPage's "page N" is the N-th distinct listing call (GET), the
  // token exchange (POST) excluded.
  app.use(
    '*',
    withFaults(faults, { error: rhipeError, pageParam: 'page', page: countListingCalls() }),
  )

  app.post('/core/connect/token', async (c) => {
    const form = await c.req.parseBody()
    if (form.grant_type !== 'client_credentials') return oauthError('unsupported_grant_type')
    if (
      form.client_id !== credentials.config.clientId ||
      form.client_secret !== credentials.secrets.clientSecret
    ) {
      return oauthError('invalid_client')
    }
    if (typeof form.scope !== 'string' || !form.scope.split(' ').includes('rhipeapi'))
      return oauthError('invalid_scope')
    return c.json(
      {
        access_token: tokens.issue(credentials.config.clientId),
        expires_in: TOKEN_TTL_SECONDS,
        token_type: 'Bearer',
      },
      200,
      { 'cache-control': 'no-store' },
    )
  })

  app.use('/api/*', async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const token = /^Bearer (.+)$/i.exec(header)?.[1]
    if (!token || tokens.check(token) !== 'ok') return rhipeError(401, DENIED)
    return next()
  })

  app.get('/api/v1/me/customers', (c) => {
    const includeDeactivated = c.req.query('includeDeactivatedCustomers')?.toLowerCase() === 'true'
    const customers = includeDeactivated
      ? book.customers
      : book.customers.filter((customer) => customer.IsActive)
    return c.json(applyShortListing(customers, faults))
  })

  app.get('/api/v2/contractagreements/:id/tenants', (c) => {
    const tenants = book.tenantsByAgreement.get(c.req.param('id'))
    if (!tenants) return rhipeError(404, `Contract agreement ${c.req.param('id')} was not found.`)
    return c.json(applyShortListing(tenants, faults))
  })

  // ASP.NET Web API's answer for a route it does not have.
  app.notFound((c) =>
    rhipeError(
      404,
      `No HTTP resource was found that matches the request URI '${new URL(c.req.url).pathname}'.`,
    ),
  )
  return app
}
