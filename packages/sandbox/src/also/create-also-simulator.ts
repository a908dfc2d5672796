import { Hono, type Context } from 'hono'
import { applyShortListing } from '../faults/apply-short-listing'
import { createTokenIssuer } from '../faults/create-token-issuer'
import type { SimulatorOptions } from '../faults/types'
import { withFaults } from '../faults/with-faults'
import { alsoFaultResponse } from './also-fault-response'
import { RESELLER_ACCOUNT_ID } from './also-ids'
import type { AlsoSandboxCredentials } from './also-sandbox-credentials'
import { createListingFailures } from './listing-failures'
import { renderCompany, renderReseller } from './render-company'
import { renderSubscription } from './render-subscription'

// How long a session lives is undocumented [I]; an hour keeps it out of the way unless a test
// asks for expiry with faults.expireTokenAfter.
const SESSION_TTL_SECONDS = 3600

const failure = (status: number, message: string, retryAfterSeconds?: number) =>
  alsoFaultResponse(status, message, {
    code: status >= 500 ? 'Receiver' : 'Sender',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  })

async function readBody(c: Context): Promise<Record<string, unknown> | undefined> {
  const body: unknown = await c.req.json().catch(() => undefined)
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined
}

/**
 * ALSO Cloud Marketplace SimpleAPI as Seatkeeper uses it (docs/distributors.md), serving the
 * world: every call `POST /<Operation>` with a JSON body whose keys are case-sensitive, a bare JSON
 * string from GetSessionToken, `Authenticate: CCPSessionId <token>` on every other call, whole
 * arrays (no paging) and XML WCF faults. Paths are relative to the adapter's baseUrl; the sandbox
 * server mounts the app at /also.
 */
export function createAlsoSimulator(options: SimulatorOptions<AlsoSandboxCredentials>): Hono {
  const { world, credentials } = options
  const faults = options.faults ?? {}
  const customersBySeq = new Map(world.customers.map((customer) => [customer.seq, customer]))
  const reseller = renderReseller(world)
  const companies = world.customers.map((customer) => renderCompany(customer, world))
  const companyIds = new Set(companies.map((company) => company.AccountId))
  const subscriptionsByCompany = new Map<number, ReturnType<typeof renderSubscription>[]>()
  for (const subscription of world.subscriptions) {
    const rendered = renderSubscription(
      subscription,
      customersBySeq.get(subscription.customerSeq),
      world,
    )
    const list = subscriptionsByCompany.get(rendered.CompanyAccountId) ?? []
    list.push(rendered)
    subscriptionsByCompany.set(rendered.CompanyAccountId, list)
  }
  const sessions = createTokenIssuer({
    ...(faults.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: SESSION_TTL_SECONDS,
  })
  const listingFailures = createListingFailures(faults.failPage)

  const app = new Hono()
  // failPage is answered per listing call below: ALSO has no page parameter to key it on.
  app.use(
    '*',
    withFaults({ ...faults, failPage: undefined }, { error: failure, pageParam: 'page' }),
  )

  app.post('/GetSessionToken', async (c) => {
    const body = await readBody(c)
    if (
      body?.username !== credentials.config.username ||
      body?.password !== credentials.secrets.password
    ) {
      // A refused login is a Sender fault with HTTP 500, as every SimpleAPI fault [I]; the exact
      // wording is not documented.
      return alsoFaultResponse(500, 'Invalid username or password.')
    }
    return c.json(sessions.issue(credentials.config.username))
  })

  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return failure(405, 'Method not allowed.')
    const header = c.req.header('Authenticate') ?? ''
    const token = /^CCPSessionId (.+)$/.exec(header)?.[1]
    if (!token || sessions.check(token) !== 'ok') {
      // As fixture fault-invalid-session.xml: expired and unknown sessions read the same.
      return alsoFaultResponse(500, 'Session is expired or invalid.', { sessionExpired: true })
    }
    return next()
  })

  app.post('/GetCompany', async (c) => {
    const body = (await readBody(c)) ?? {}
    // Without an accountId GetCompany answers the session's own company [I] (see the adapter).
    const accountId = body.accountId ?? RESELLER_ACCOUNT_ID
    if (accountId === RESELLER_ACCOUNT_ID) return c.json(reseller)
    const company = companies.find((candidate) => candidate.AccountId === accountId)
    if (!company)
      return failure(400, `Account ${String(accountId)} was not found or is not accessible.`)
    return c.json(company)
  })

  app.post('/GetCompanies', async (c) => {
    const body = await readBody(c)
    if (typeof body?.parentAccountId !== 'number')
      return failure(400, 'parentAccountId is required.')
    if (body.parentAccountId !== RESELLER_ACCOUNT_ID) {
      return failure(400, `Account ${body.parentAccountId} was not found or is not accessible.`)
    }
    const failWith = listingFailures.check(`companies:${body.parentAccountId}`)
    if (failWith !== undefined) return failure(failWith, 'The service is temporarily unavailable.')
    return c.json(applyShortListing(companies, faults))
  })

  app.post('/GetSubscriptions', async (c) => {
    const body = await readBody(c)
    const parent = body?.parentAccountId
    if (typeof parent !== 'number') return failure(400, 'parentAccountId is required.')
    if (!companyIds.has(parent))
      return failure(400, `Account ${parent} was not found or is not accessible.`)
    const failWith = listingFailures.check(`subscriptions:${parent}`)
    if (failWith !== undefined) return failure(failWith, 'The service is temporarily unavailable.')
    return c.json(applyShortListing(subscriptionsByCompany.get(parent) ?? [], faults))
  })

  app.notFound((c) =>
    failure(404, `The operation ${c.req.path.replace(/^\//, '')} does not exist.`),
  )
  app.onError(() => failure(500, 'An unexpected error occurred.'))
  return app
}
