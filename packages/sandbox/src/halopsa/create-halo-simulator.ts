import { Hono } from 'hono'
import { applyShortListing, createTokenIssuer, withFaults, type FaultConfig } from '../faults'
import type { World } from '../world/generate-world'
import { generateWorldBilling } from '../world/world-billing-lines'
import {
  haloRateLimit,
  haloSandboxScopes,
  type HaloSandboxCredentials,
} from './halo-sandbox-credentials'
import {
  haloLicenceOf,
  haloLicenceRoutes,
  haloLinkedQuantity,
  isHaloLicenceLine,
  type HaloLicence,
  type HaloLicenceLink,
} from './halo-licences'

/** A write the simulator took, as a test or the Runs e2e reads it back (`GET /halopsa/_writes`). */
export type HaloWrite = { at: string; method: string; path: string; body: unknown }

export type HaloSimulatorOptions = {
  world: World
  credentials: HaloSandboxCredentials
  faults?: FaultConfig
  now?: () => number
}

type Line = Record<string, unknown> & {
  id: number
  ihid: number
  qty_order: number
  isinactive: boolean
  recurring_invoice_quantity_type: number
  quantity_licences: HaloLicenceLink[]
}
type Invoice = Record<string, unknown> & { id: number; client_id: number; lines: Line[] }

const TOKEN_TTL_SECONDS = 3600
/** Rows Halo returns from a list that is not paged [C: HaloAPI New-HaloGETRequest.ps1]. */
const UNPAGED_ROWS = 50

/** Halo's ids for the world: clients 100 + seq, recurring invoices −(100 + seq) [C: negative ids]. */
export const haloClientId = (customerSeq: number) => 100 + customerSeq
export const haloInvoiceId = (customerSeq: number) => -(100 + customerSeq)

/**
 * HaloPSA's API as the adapter meets it, mounted at /halopsa, over the world's billing (its planted
 * drift included): `GET /api/authinfo`, the form token endpoint with `tenant` (each of tenant,
 * client id, secret and scope checked), `GET /api/Client`
 * and `GET /api/RecurringInvoice` (`pageinate`/`page_size`/`page_no`, 50 rows unpaged,
 * `includelines`), `GET /api/RecurringInvoice/{id}`, `POST /api/RecurringInvoice/updatelines`
 * (partial lines keyed by id + ihid; an unknown one → 400 `{ClassName, Message}` [I]), and the
 * 429 "Rate Limit Reached" in plain text with no Retry-After after 300 requests in 5 minutes. The
 * world's monthly lines only: Halo's period values beyond monthly are not published [I]. Some
 * lines are licence-linked (type 1) and follow a software licence (`/api/SoftwareLicence`,
 * halo-licences.ts); `POST /_invoice-run` moves their quantities to the counts.
 * Every write is kept and served at `GET /_writes`.
 */
export function createHaloSimulator(options: HaloSimulatorOptions): Hono {
  const { world, credentials, faults } = options
  const now = options.now ?? Date.now
  const tokens = createTokenIssuer({
    ...(faults?.expireTokenAfter !== undefined ? { expireAfterUses: faults.expireTokenAfter } : {}),
    ttlSeconds: TOKEN_TTL_SECONDS,
    now,
  })
  const clients = world.customers.map((c) => ({
    id: haloClientId(c.seq),
    name: c.name,
    inactive: c.status !== 'active',
    website: c.domain,
    domain: c.domain,
    currencyisocode: world.currency,
    external_links: [],
  }))
  const invoices = new Map<number, Invoice>()
  const licences = new Map<number, HaloLicence>()
  let nextLineId = 5001
  for (const line of generateWorldBilling(world).lines) {
    if (line.period !== 'monthly') continue
    const ihid = haloInvoiceId(line.customerSeq)
    let invoice = invoices.get(ihid)
    if (!invoice) {
      const customer = world.customers.find((c) => c.seq === line.customerSeq)
      invoice = {
        id: ihid,
        client_id: haloClientId(line.customerSeq),
        client_name: customer?.name ?? '',
        disabled: false,
        period: 2,
        invoice_display: `ID ${ihid} - Monthly Cloud Services`,
        lines: [],
      }
      invoices.set(ihid, invoice)
    }
    const licence = isHaloLicenceLine(line)
      ? haloLicenceOf(line, haloClientId(line.customerSeq))
      : undefined
    if (licence) licences.set(licence.id, licence)
    invoice.lines.push({
      id: nextLineId++,
      ihid,
      item_code: line.itemCode,
      item_shortdescription: line.description,
      qty_order: line.quantity,
      unit_price: line.unitPrice,
      recurring_invoice_quantity_type: licence ? 1 : 0,
      isinactive: false,
      startdate: `${line.startDate}T00:00:00`,
      enddate: null,
      quantity_licences: licence
        ? [{ licence_id: licence.id, kind: 1, pro_rata: 1, minimum_qty: 0, qty_free: 0 }]
        : [],
    })
  }
  const writes: HaloWrite[] = []
  const recent: number[] = []

  const app = new Hono()
  app.use(
    '*',
    withFaults(faults, {
      error: (status, message) => haloError(status, message),
      pageParam: 'page_no',
    }),
  )

  // Hosted Halo's own limit, not a fault: always on, as the real API is.
  app.use('*', async (c, next) => {
    const t = now()
    while (recent.length > 0 && t - recent[0]! >= haloRateLimit.windowMs) recent.shift()
    if (recent.length >= haloRateLimit.requests) {
      return c.text('Rate Limit Reached - 300 Requests per rolling 5 minute window', 429)
    }
    recent.push(t)
    return next()
  })

  app.get('/api/authinfo', (c) => {
    const origin = new URL(c.req.url).origin
    const mount = c.req.path.slice(0, -'/api/authinfo'.length)
    // No tenant_id (optional in Halo's answer [C]): the sandbox shares one host, so the tenant the
    // connection names is what its token call carries, and is checked there.
    return c.json({ auth_url: `${origin}${mount}/auth` })
  })

  app.post('/auth/token', async (c) => {
    const form = new URLSearchParams(await c.req.text())
    // An unknown tenant's answer is not published [I]; invalid_client and invalid_scope are [C].
    if (c.req.query('tenant') !== credentials.config.tenant) {
      return c.json({ error: 'invalid_request', error_description: 'Unknown tenant' }, 400)
    }
    if (
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_id') !== credentials.config.clientId ||
      form.get('client_secret') !== credentials.secrets.clientSecret
    ) {
      return c.json({ error: 'invalid_client' }, 401)
    }
    const scopes = (form.get('scope') ?? 'all').split(' ').filter(Boolean)
    if (scopes.length === 0 || scopes.some((s) => !haloSandboxScopes.includes(s))) {
      return c.json({ error: 'invalid_scope' }, 400)
    }
    return c.json({
      access_token: tokens.issue(credentials.config.clientId),
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_SECONDS,
    })
  })

  app.get('/_writes', (c) => c.json(writes))
  // Halo's invoice run, on demand: each licence-linked line's quantity set from its licences'
  // counts, as Halo does when it creates the next invoice [C: H7/H8] (pro-rata lines not simulated).
  app.post('/_invoice-run', (c) => {
    let moved = 0
    for (const invoice of invoices.values()) {
      for (const line of invoice.lines) {
        if (line.recurring_invoice_quantity_type !== 1) continue
        const quantity = haloLinkedQuantity(line.quantity_licences, licences)
        if (quantity !== line.qty_order) moved++
        line.qty_order = quantity
      }
    }
    return c.json({ moved })
  })

  app.use('/api/*', async (c, next) => {
    const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!token || tokens.check(token) !== 'ok')
      return c.json({ Message: 'Authorization has been denied for this request.' }, 401)
    return next()
  })

  const pageOf = <T>(rows: T[], query: (name: string) => string | undefined) => {
    if (query('pageinate') !== 'true') return rows.slice(0, UNPAGED_ROWS)
    const size = Math.max(1, Number(query('page_size') ?? UNPAGED_ROWS) || UNPAGED_ROWS)
    const page = Math.max(1, Number(query('page_no') ?? 1) || 1)
    return rows.slice((page - 1) * size, page * size)
  }
  const withoutLines = (invoice: Invoice) => {
    const { lines: _lines, ...header } = invoice
    return header
  }

  // A short listing (faults.shortListing) leaves clients and invoices out, record_count too.
  app.get('/api/Client', (c) => {
    const listed = applyShortListing(
      c.req.query('includeinactive') === 'true' ? clients : clients.filter((x) => !x.inactive),
      faults,
    )
    return c.json({ record_count: listed.length, clients: pageOf(listed, (n) => c.req.query(n)) })
  })

  app.get('/api/RecurringInvoice', (c) => {
    const client = c.req.query('client_id')
    const listed = applyShortListing(
      [...invoices.values()].filter((i) => !client || String(i.client_id) === client),
      faults,
    )
    const rows = pageOf(listed, (n) => c.req.query(n))
    const includeLines = c.req.query('includelines') === 'true'
    return c.json({
      record_count: listed.length,
      invoices: rows.map((i) => (includeLines ? i : withoutLines(i))),
    })
  })

  app.get('/api/RecurringInvoice/:id', (c) => {
    const invoice = invoices.get(Number(c.req.param('id')))
    if (!invoice) return haloError(404, `No recurring invoice with id ${c.req.param('id')}`)
    return c.json(invoice)
  })

  app.route(
    '/api/SoftwareLicence',
    haloLicenceRoutes(licences, {
      page: pageOf,
      error: haloError,
      record: (path, body) =>
        writes.push({ at: new Date(now()).toISOString(), method: 'POST', path, body }),
    }),
  )

  app.post('/api/RecurringInvoice/updatelines', async (c) => {
    const body = await c.req.json().catch(() => undefined)
    if (!Array.isArray(body)) return haloError(400, 'The body must be an array of invoice lines.')
    // Checked whole before any is changed: a refused batch changes nothing.
    const targets: Array<[Line, Record<string, unknown>]> = []
    for (const change of body) {
      const line = invoices
        .get(Number(change?.ihid))
        ?.lines.find((l) => l.id === Number(change?.id))
      if (!line)
        return haloError(
          400,
          `Invoice line ${change?.id} of recurring invoice ${change?.ihid} was not found.`,
        )
      if (
        change.qty_order !== undefined &&
        !(typeof change.qty_order === 'number' && change.qty_order >= 0)
      ) {
        return haloError(400, `qty_order must be a number of 0 or more.`)
      }
      targets.push([line, change])
    }
    for (const [line, change] of targets) {
      if (change.qty_order !== undefined) line.qty_order = change.qty_order as number
      if (change.isinactive !== undefined) line.isinactive = change.isinactive === true
    }
    writes.push({
      at: new Date(now()).toISOString(),
      method: 'POST',
      path: '/api/RecurringInvoice/updatelines',
      body,
    })
    return c.json(targets.map(([line]) => line))
  })

  app.notFound((c) => haloError(404, `No such route: ${c.req.method} ${c.req.path}`))
  app.onError((_, c) => haloError(500, `An unexpected error occurred on ${c.req.path}.`))
  return app
}

/** Halo's error body `{ClassName, Message}` [C: HaloAPI New-HaloError.ps1]. */
function haloError(status: number, message: string): Response {
  return new Response(JSON.stringify({ ClassName: 'HaloException', Message: message }), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}
