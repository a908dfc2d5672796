import { Hono } from 'hono'
import {
  applyShortListing,
  createTokenIssuer,
  withFaults,
  zeroBasedPage,
  type SimulatorOptions,
} from '../faults'
import { pax8Error, pax8TokenError } from './pax8-error'
import { pax8Page } from './pax8-page'
import type { Pax8SandboxCredentials } from './pax8-sandbox-credentials'
import { renderPax8Company } from './render-company'
import { isListedPax8Subscription, renderPax8Subscription } from './render-subscription'

/** Tokens live 24 h [C: authentication spec, expires_in 86400]. */
const TOKEN_TTL_SECONDS = 86_400
const AUDIENCE = 'https://api.pax8.com'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Pax8's Partner API as the adapter meets it, mounted at /pax8: POST /v1/token (JSON client
 * credentials with the audience), GET /v1/companies and GET /v1/subscriptions (bulk, or one
 * company's by companyId), 0-based page/size ≤ 200 paging and the spec's Error bodies.
 */
export function createPax8Simulator(options: SimulatorOptions<Pax8SandboxCredentials>): Hono {
  const { world, credentials, faults } = options
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
  })
  const companies = world.customers.map((customer) => renderPax8Company(world, customer))
  const companyIds = new Set(companies.map((company) => company.id))
  const subscriptions = world.subscriptions
    .filter(isListedPax8Subscription)
    .map((subscription) => renderPax8Subscription(world, subscription))

  const app = new Hono()
  app.use(
    '*',
    withFaults(faults, {
      error: (status, message) => pax8Error(status, message),
      pageParam: 'page',
      page: zeroBasedPage,
    }),
  )

  app.post('/v1/token', async (c) => {
    const body = (await c.req.json().catch(() => undefined)) as Record<string, unknown> | undefined
    if (!body || typeof body !== 'object') return pax8TokenError(400)
    if (
      body.grant_type !== 'client_credentials' ||
      body.audience !== AUDIENCE ||
      body.client_id !== credentials.config.clientId ||
      body.client_secret !== credentials.secrets.clientSecret
    ) {
      return pax8TokenError(401)
    }
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

  app.use('/v1/*', async (c, next) => {
    if (c.req.path === '/v1/token') return next()
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!token || tokens.check(token) !== 'ok')
      return pax8Error(
        401,
        'Unauthorized',
        c.req.path,
        'The access token is missing, expired or invalid.',
      )
    return next()
  })

  app.get('/v1/companies', (c) => {
    const page = pax8Page(
      applyShortListing(companies, faults),
      c.req.query('page'),
      c.req.query('size'),
    )
    return typeof page === 'string' ? pax8Error(400, page, c.req.path) : c.json(page)
  })

  app.get('/v1/subscriptions', (c) => {
    const companyId = c.req.query('companyId')
    let listed = subscriptions
    if (companyId !== undefined) {
      // An id Pax8 does not know for this partner: 403 "Invalid companyId" [C: fixtures error-403.json].
      if (!UUID.test(companyId) || !companyIds.has(companyId.toLowerCase()))
        return pax8Error(
          403,
          'Invalid companyId',
          c.req.path,
          `companyId ${companyId} is not accessible`,
        )
      listed = subscriptions.filter((s) => s.companyId === companyId.toLowerCase())
    }
    const page = pax8Page(
      applyShortListing(listed, faults),
      c.req.query('page'),
      c.req.query('size'),
    )
    return typeof page === 'string' ? pax8Error(400, page, c.req.path) : c.json(page)
  })

  app.notFound((c) => pax8Error(404, 'Not Found', c.req.path))
  app.onError((_, c) => pax8Error(500, 'An unexpected error occurred.', c.req.path))
  return app
}
