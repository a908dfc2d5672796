import { Hono, type Context } from 'hono'
import { applyShortListing, createTokenIssuer, withFaults, type SimulatorOptions } from '../faults'
import { crayonError, crayonFaultError, oidcError } from './crayon-error'
import {
  CRAYON_SANDBOX_ORGANIZATION_ID,
  type CrayonSandboxCredentials,
} from './crayon-sandbox-credentials'
import { renderCrayonSubscription } from './render-crayon-subscription'
import { renderCrayonTenant } from './render-crayon-tenant'

/** Token lifetime: IdentityServer's default hour [I]. */
const TOKEN_TTL_SECONDS = 3600
/** The largest page the simulator serves [I: Crayon documents no maximum]. */
const MAX_PAGE_SIZE = 500
const DEFAULT_PAGE_SIZE = 50

function decodeBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const encoded = /^Basic (.+)$/i.exec(header ?? '')?.[1]
  if (!encoded) return undefined
  try {
    const text = new TextDecoder().decode(Uint8Array.from(atob(encoded), (ch) => ch.charCodeAt(0)))
    const colon = text.indexOf(':')
    return colon < 0 ? undefined : { id: text.slice(0, colon), secret: text.slice(colon + 1) }
  } catch {
    return undefined
  }
}

/** page (1-based) and pageSize, or the Crayon error for a bad value. */
function paging(c: Context): { page: number; pageSize: number } | Response {
  const page = c.req.query('page') ?? '1'
  const pageSize = c.req.query('pageSize') ?? String(DEFAULT_PAGE_SIZE)
  if (!/^\d+$/.test(page) || Number(page) < 1)
    return crayonError(400, 'InvalidParameter', `The value '${page}' is not valid for page.`)
  if (!/^\d+$/.test(pageSize) || Number(pageSize) < 1)
    return crayonError(
      400,
      'InvalidParameter',
      `The value '${pageSize}' is not valid for pageSize.`,
    )
  return { page: Number(page), pageSize: Math.min(MAX_PAGE_SIZE, Number(pageSize)) }
}

function pageOf<T>(c: Context, items: T[]): Response {
  const read = paging(c)
  if (read instanceof Response) return read
  const start = (read.page - 1) * read.pageSize
  return c.json({ items: items.slice(start, start + read.pageSize), totalHits: items.length })
}

/**
 * Crayon Cloud-iQ as the adapter meets it, mounted at /crayon: the password-grant token endpoint
 * (Basic client auth, scope CustomerApi) and the paged customer tenant and subscription lists,
 * rendering the seeded world. Every list pages with `page`/`pageSize` and answers `totalHits`.
 */
export function createCrayonSimulator(options: SimulatorOptions<CrayonSandboxCredentials>): Hono {
  const { world, credentials, faults } = options
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
  })
  // Short listings drop records before paging, so the pages stay consistent with each other.
  const tenants = applyShortListing(
    world.customers.map((customer) => renderCrayonTenant(world, customer)),
    faults,
  )
  const subscriptions = applyShortListing(
    world.subscriptions.map((subscription) => renderCrayonSubscription(world, subscription)),
    faults,
  )

  const app = new Hono()
  app.use('*', withFaults(faults, { error: crayonFaultError, pageParam: 'page' }))

  app.post('/api/v1/connect/token', async (c) => {
    const client = decodeBasic(c.req.header('authorization'))
    if (
      !client ||
      client.id !== credentials.config.clientId ||
      client.secret !== credentials.secrets.clientSecret
    ) {
      return oidcError('invalid_client')
    }
    const form = await c.req.parseBody()
    if (form.grant_type !== 'password') return oidcError('unsupported_grant_type')
    if (form.scope !== 'CustomerApi') return oidcError('invalid_scope')
    if (
      form.username !== credentials.config.username ||
      form.password !== credentials.secrets.password
    )
      return oidcError('invalid_grant')
    return c.json(
      {
        access_token: tokens.issue(credentials.config.username),
        expires_in: TOKEN_TTL_SECONDS,
        token_type: 'Bearer',
        refresh_token: null,
        id_token: null,
      },
      200,
      { 'cache-control': 'no-store' },
    )
  })

  app.use('/api/v1/*', async (c, next) => {
    if (c.req.path === '/api/v1/connect/token') return next()
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    const state = token ? tokens.check(token) : 'unknown'
    if (state !== 'ok')
      return crayonError(
        401,
        'Unauthorized',
        state === 'expired'
          ? 'The access token has expired.'
          : 'Authorization has been denied for this request.',
      )
    const organizationId = c.req.query('organizationId')
    if (organizationId !== undefined && organizationId !== String(CRAYON_SANDBOX_ORGANIZATION_ID))
      return crayonError(
        403,
        'Forbidden',
        `The user has no access to organization '${organizationId.slice(0, 20)}'.`,
      )
    return next()
  })

  app.get('/api/v1/customertenants/', (c) => pageOf(c, tenants))

  app.get('/api/v1/subscriptions/', (c) => {
    const tenantId = c.req.query('customerTenantId')
    if (tenantId === undefined) return pageOf(c, subscriptions)
    if (!/^\d+$/.test(tenantId))
      return crayonError(
        400,
        'InvalidParameter',
        `The value '${tenantId.slice(0, 20)}' is not valid for customerTenantId.`,
      )
    return pageOf(
      c,
      subscriptions.filter((s) => String(s.customerTenant.id) === tenantId),
    )
  })

  app.notFound(() => crayonError(404, 'NotFound', 'The resource was not found.'))
  app.onError(() => crayonError(500, 'InternalServerError', 'An unexpected error occurred.'))
  return app
}
