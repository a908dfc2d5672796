import { Hono, type Context } from 'hono'
import {
  applyShortListing,
  createPageDrift,
  createTokenIssuer,
  withFaults,
  type PageReader,
  type SimulatorOptions,
} from '../faults'
import type { IngramSandboxCredentials } from './ingram-sandbox-credentials'
import { ingramError } from './ingram-error'
import {
  ingramCustomerId,
  isListedCustomer,
  renderIngramCustomer,
  type IngramCustomerBody,
} from './render-customer'
import {
  renderIngramSubscription,
  renderIngramSubscriptionDetails,
  type IngramSubscriptionBody,
  type IngramSubscriptionDetailsBody,
} from './render-subscription'

/** Token lifetime is not documented [I]; the fixture's token.json says 3600 s. */
const TOKEN_TTL_SECONDS = 3600
const MAX_LIMIT = 1000

/** failPage counts list pages from offset/limit: offset 0 is page 1; details are no page. */
const offsetPage: PageReader = (c) => {
  if (c.req.method !== 'GET' || !/\/(customers|subscriptions)$/.test(c.req.path)) return undefined
  const offset = Number(c.req.query('offset') ?? 0)
  const limit = Number(c.req.query('limit') ?? 10)
  if (!Number.isInteger(offset) || !Number.isInteger(limit) || limit < 1) return undefined
  return Math.floor(offset / limit) + 1
}

function readPaging(c: Context): { offset: number; limit: number } | Response {
  const offset = Number(c.req.query('offset') ?? 0)
  const limit = Number(c.req.query('limit') ?? 10)
  if (!Number.isInteger(offset) || offset < 0)
    return ingramError(400, 'offset must be a non-negative integer.')
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return ingramError(400, `limit must be an integer from 1 to ${MAX_LIMIT}.`)
  return { offset, limit }
}

function page<T>(c: Context, items: T[]) {
  const paging = readPaging(c)
  if (paging instanceof Response) return paging
  const data = items.slice(paging.offset, paging.offset + paging.limit)
  return c.json({ data, pagination: { ...paging, total: items.length } })
}

/**
 * The Cloud Marketplace API as the adapter meets it, mounted at /ingram: POST /token (Basic +
 * X-Subscription-Key, body {marketplace}), then GET /customers, /subscriptions and
 * /subscriptions/{id} with Bearer + the key, paged by offset/limit, over the seeded world.
 */
export function createIngramSimulator(options: SimulatorOptions<IngramSandboxCredentials>): Hono {
  const { world, credentials, faults } = options
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
  })
  const customers: IngramCustomerBody[] = []
  const customerIdBySeq = new Map<number, string>()
  for (const customer of world.customers.filter(isListedCustomer)) {
    customers.push(renderIngramCustomer(world, customer))
    customerIdBySeq.set(customer.seq, ingramCustomerId(customer))
  }
  const subscriptions: IngramSubscriptionBody[] = []
  const details = new Map<string, IngramSubscriptionDetailsBody>()
  for (const s of world.subscriptions) {
    const customerId = customerIdBySeq.get(s.customerSeq)
    if (!customerId) continue
    const body = renderIngramSubscriptionDetails(world, s, customerId)
    subscriptions.push(renderIngramSubscription(world, s, customerId))
    details.set(body.id, body)
  }
  const subscriptionDrift = createPageDrift(faults)
  const key = credentials.secrets.subscriptionKey
  const basic = `Basic ${btoa(`${credentials.config.username}:${credentials.secrets.password}`)}`

  const app = new Hono()
  app.use('*', withFaults(faults, { error: ingramError, pageParam: 'offset', page: offsetPage }))
  app.use('*', async (c, next) => {
    if (c.req.header('x-subscription-key') !== key)
      return ingramError(401, 'Access denied due to missing or invalid subscription key.')
    return next()
  })

  app.post('/token', async (c) => {
    if (c.req.header('authorization') !== basic)
      return ingramError(401, 'Invalid username or password.')
    const body = (await c.req.json().catch(() => undefined)) as
      { marketplace?: unknown } | undefined
    if (body?.marketplace !== credentials.config.marketplace)
      return ingramError(400, `Unknown marketplace ${JSON.stringify(body?.marketplace ?? null)}.`)
    return c.json({
      token: tokens.issue(credentials.config.username),
      refreshToken: `rt-${crypto.randomUUID()}`,
      expiresIn: TOKEN_TTL_SECONDS,
    })
  })

  app.use('*', async (c, next) => {
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!token || tokens.check(token) !== 'ok')
      return ingramError(401, 'The access token is missing, invalid or expired.')
    return next()
  })

  app.get('/customers', (c) => page(c, applyShortListing(customers, faults)))
  app.get('/subscriptions', (c) => {
    const customerId = c.req.query('customerId')
    const wanted = customerId
      ? subscriptions.filter((s) => s.customerId === customerId)
      : subscriptions
    const answer = page(c, subscriptionDrift.order(applyShortListing(wanted, faults)))
    const served = offsetPage(c, 'offset')
    if (served !== undefined) subscriptionDrift.served(served)
    return answer
  })
  app.get('/subscriptions/:id', (c) => {
    const body = details.get(c.req.param('id'))
    return body ? c.json(body) : ingramError(404, `Subscription ${c.req.param('id')} not found.`)
  })

  app.notFound(() => ingramError(404, 'Resource not found.'))
  app.onError(() => ingramError(500, 'An unexpected error occurred.'))
  return app
}
