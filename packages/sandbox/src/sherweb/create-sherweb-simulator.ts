import { Hono } from 'hono'
import {
  applyShortListing,
  countListingCalls,
  createTokenIssuer,
  withFaults,
  type SimulatorOptions,
} from '../faults'
import {
  isListedCustomer,
  renderSherwebCustomer,
  type SherwebCustomerBody,
} from './render-customer'
import {
  isListedSubscription,
  renderSherwebSubscription,
  type SherwebSubscriptionBody,
} from './render-subscription'
import type { SherwebSandboxCredentials } from './sherweb-sandbox-credentials'
import { sherwebFaultError, sherwebProblem } from './sherweb-problem'
import { refuseSubscriptionKey } from './subscription-key'
import { withProblemInstance } from './with-problem-instance'

/** Tokens live ~3600 s [C: sherweb-mcp client.ts]. */
const TOKEN_TTL_SECONDS = 3600
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The gateway's words for a missing, expired or unknown bearer token (fixtures error-401.json). */
const INVALID_TOKEN = 'Access denied due to missing subscription key or invalid token.'

/** IdentityServer's token errors are plain OIDC JSON, status 400 [I] (fixtures token-error.json). */
const oidcError = (error: string) =>
  new Response(JSON.stringify({ error }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  })

/**
 * Sherweb's gateway as the adapter meets it, mounted at /sherweb: the client-credentials token
 * endpoint under /auth, and the Service Provider API's customers and per-customer subscriptions,
 * rendering the seeded world. Nothing pages [C], so failPage's "page N" is the N-th distinct
 * listing call (GET), the token exchange excluded.
 */
export function createSherwebSimulator(options: SimulatorOptions<SherwebSandboxCredentials>): Hono {
  const { world, credentials, faults } = options
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
  })
  const customers: SherwebCustomerBody[] = []
  const subscriptionsByCustomer = new Map<string, SherwebSubscriptionBody[]>()
  const customerIdBySeq = new Map<number, string>()
  for (const customer of world.customers.filter(isListedCustomer)) {
    const body = renderSherwebCustomer(world, customer)
    customers.push(body)
    customerIdBySeq.set(customer.seq, body.id)
    subscriptionsByCustomer.set(body.id, [])
  }
  for (const subscription of world.subscriptions.filter(isListedSubscription)) {
    const customerId = customerIdBySeq.get(subscription.customerSeq)
    if (customerId)
      subscriptionsByCustomer.get(customerId)?.push(renderSherwebSubscription(world, subscription))
  }

  const app = new Hono()
  app.use('*', withProblemInstance)
  app.use(
    '*',
    withFaults(faults, { error: sherwebFaultError, pageParam: 'page', page: countListingCalls() }),
  )

  app.post('/auth/oidc/connect/token', async (c) => {
    const refused = refuseSubscriptionKey(c, credentials.secrets.subscriptionKey)
    if (refused) return refused
    const form = await c.req.parseBody()
    if (form.grant_type !== 'client_credentials') return oidcError('unsupported_grant_type')
    if (
      form.client_id !== credentials.config.clientId ||
      form.client_secret !== credentials.secrets.clientSecret
    ) {
      return oidcError('invalid_client')
    }
    // Scopes are "service-provider" and/or "distributor", space-separated [C].
    const scopes = typeof form.scope === 'string' ? form.scope.split(' ').filter(Boolean) : []
    if (
      !scopes.includes('service-provider') ||
      scopes.some((s) => s !== 'service-provider' && s !== 'distributor')
    ) {
      return oidcError('invalid_scope')
    }
    return c.json(
      {
        access_token: tokens.issue(credentials.config.clientId),
        expires_in: TOKEN_TTL_SECONDS,
        token_type: 'Bearer',
        scope: scopes.join(' '),
      },
      200,
      { 'cache-control': 'no-store' },
    )
  })

  app.use('/service-provider/*', async (c, next) => {
    const refused = refuseSubscriptionKey(c, credentials.secrets.subscriptionKey)
    if (refused) return refused
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!token || tokens.check(token) !== 'ok') return sherwebProblem(401, INVALID_TOKEN)
    return next()
  })

  app.get('/service-provider/v1/customers', (c) =>
    c.json({ items: applyShortListing(customers, faults) }),
  )

  app.get('/service-provider/v1/billing/subscriptions', (c) => {
    const customerId = c.req.query('customerId')
    if (!customerId) return sherwebProblem(400, 'The customerId query parameter is required.')
    if (!GUID.test(customerId))
      return sherwebProblem(400, `The value '${customerId}' is not a valid customerId.`)
    // Unknown (or deleted) customers: 404 ProblemDetails, as CustomerNotFoundProblemDetails suggests [I].
    const items = subscriptionsByCustomer.get(customerId.toLowerCase())
    if (!items) return sherwebProblem(404, `Customer '${customerId}' was not found.`)
    return c.json({ items: applyShortListing(items, faults) })
  })

  app.notFound(() => sherwebProblem(404, 'Resource not found.'))
  app.onError(() => sherwebProblem(500, 'An unexpected error occurred.'))
  return app
}
