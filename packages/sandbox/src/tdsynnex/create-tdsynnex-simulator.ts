import { Hono, type Context } from 'hono'
import {
  applyShortListing,
  createTokenIssuer,
  withFaults,
  type PageReader,
  type SimulatorOptions,
} from '../faults'
import { createRefreshTokens } from './create-refresh-tokens'
import {
  isListedCustomer,
  renderTdsynnexCustomer,
  type TdsynnexCustomerBody,
} from './render-customer'
import {
  isListedSubscription,
  renderTdsynnexSubscription,
  type TdsynnexSubscriptionBody,
} from './render-subscription'
import type { TdsynnexSandboxCredentials } from './tdsynnex-sandbox-credentials'
import { tdsynnexError, tdsynnexOAuthError } from './tdsynnex-error'

const ACCESS_TOKEN_TTL_SECONDS = 3600
/** The refresh token's life after an exchange [I]; the simulator says so in the answer. */
const REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400
const MAX_PAGE_SIZE = 200

/** Page tokens are opaque to the client; here they carry the next offset. */
const encodeToken = (offset: number) => btoa(`offset:${offset}`).replace(/=+$/, '')
function decodeToken(token: string): number | undefined {
  try {
    const match = /^offset:(\d+)$/.exec(atob(token))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

function size(raw: string | undefined): number {
  const n = Number(raw)
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PAGE_SIZE) : MAX_PAGE_SIZE
}

/** failPage's 1-based page: from the page token for customers, from the offset for subscriptions. */
const ionPage: PageReader = (c: Context) => {
  if (c.req.method !== 'GET') return undefined
  if (c.req.path.endsWith('/customers')) {
    const token = c.req.query('pageToken')
    const offset = token ? decodeToken(token) : 0
    return offset === undefined ? undefined : Math.floor(offset / size(c.req.query('pageSize'))) + 1
  }
  if (c.req.path.endsWith('/subscriptions')) {
    const offset = Number(c.req.query('pagination.offset') ?? 0)
    return Math.floor(offset / size(c.req.query('pagination.limit'))) + 1
  }
  return undefined
}

/**
 * StreamOne Ion v3 as the adapter meets it, mounted at /tdsynnex: the rotating refresh-token grant
 * at /oauth/token, customers with token paging and subscriptions (bulk and per customer) with
 * offset paging, under /api/v3/accounts/{accountId}, rendering the seeded world.
 */
export function createTdsynnexSimulator(
  options: SimulatorOptions<TdsynnexSandboxCredentials>,
): Hono {
  const { world, credentials, faults } = options
  const accessTokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
  })
  const refreshTokens = createRefreshTokens(credentials.secrets.refreshToken)
  const names = new Map<number, string>()
  const customers: TdsynnexCustomerBody[] = []
  for (const customer of world.customers.filter(isListedCustomer)) {
    customers.push(renderTdsynnexCustomer(world, customer))
    names.set(customer.seq, customer.name)
  }
  const subscriptions: TdsynnexSubscriptionBody[] = []
  for (const s of world.subscriptions.filter(isListedSubscription)) {
    const name = names.get(s.customerSeq)
    if (name !== undefined) subscriptions.push(renderTdsynnexSubscription(world, s, name))
  }

  const app = new Hono()
  app.use('*', withFaults(faults, { error: tdsynnexError, pageParam: 'pageToken', page: ionPage }))

  app.post('/oauth/token', async (c) => {
    const form = await c.req.parseBody()
    if (form.grant_type !== 'refresh_token') {
      return tdsynnexOAuthError(
        'unsupported_grant_type',
        'Only grant_type=refresh_token is supported.',
      )
    }
    const used = typeof form.refresh_token === 'string' ? form.refresh_token : ''
    const outcome = refreshTokens.exchange(used)
    if (outcome === 'spent') {
      return tdsynnexOAuthError('invalid_grant', 'The refresh token has already been used.')
    }
    if (outcome === 'unknown') {
      return tdsynnexOAuthError('invalid_grant', 'The refresh token is invalid or expired.')
    }
    return c.json(
      {
        access_token: accessTokens.issue(credentials.config.accountId),
        refresh_token: outcome.next,
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_TTL_SECONDS,
        refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
      },
      200,
      { 'cache-control': 'no-store' },
    )
  })

  app.use('/api/v3/*', async (c, next) => {
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    const state = token ? accessTokens.check(token) : 'unknown'
    if (state === 'expired') return tdsynnexError(401, 'The access token has expired.')
    if (state !== 'ok') return tdsynnexError(401, 'Missing or invalid access token.')
    return next()
  })
  app.use('/api/v3/accounts/:accountId/*', async (c, next) => {
    if (c.req.param('accountId') !== credentials.config.accountId) {
      return tdsynnexError(403, `The token may not read account ${c.req.param('accountId')}.`)
    }
    return next()
  })

  app.get('/api/v3/accounts/:accountId/customers', (c) => {
    const pageSize = size(c.req.query('pageSize'))
    const token = c.req.query('pageToken')
    const offset = token ? decodeToken(token) : 0
    if (offset === undefined) return tdsynnexError(400, 'The pageToken is not valid.')
    const listed = applyShortListing(customers, faults)
    const page = listed.slice(offset, offset + pageSize)
    const next = offset + pageSize < listed.length ? encodeToken(offset + pageSize) : ''
    return c.json({ customers: page, nextPageToken: next })
  })

  const offsetPage = (c: Context, all: TdsynnexSubscriptionBody[]) => {
    const limit = size(c.req.query('pagination.limit'))
    const raw = c.req.query('pagination.offset') ?? '0'
    if (!/^\d+$/.test(raw)) return tdsynnexError(400, 'pagination.offset must be a whole number.')
    const offset = Number(raw)
    const listed = applyShortListing(all, faults)
    return c.json({
      items: listed.slice(offset, offset + limit),
      paginationResponse: { totalSize: listed.length },
    })
  }

  app.get('/api/v3/accounts/:accountId/subscriptions', (c) => offsetPage(c, subscriptions))
  app.get('/api/v3/accounts/:accountId/customers/:customerId/subscriptions', (c) => {
    const customerId = c.req.param('customerId')
    if (!customers.some((customer) => customer.id === customerId)) {
      return tdsynnexError(404, `Customer ${customerId} was not found.`)
    }
    return offsetPage(
      c,
      subscriptions.filter((s) => s.customerId === customerId),
    )
  })

  app.notFound(() => tdsynnexError(404, 'Resource not found.'))
  app.onError(() => tdsynnexError(500, 'An unexpected error occurred.'))
  return app
}
