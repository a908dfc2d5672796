import { Hono, type Context } from 'hono'
import { applyShortListing, withFaults, type FaultConfig } from '../faults'
import type { World } from '../world/generate-world'
import { generateWorldBilling } from '../world/world-billing-lines'
import { atThreshold, type AtSandboxCredentials } from './at-sandbox-credentials'
import { atPagingToken, atQueryPage, readAtPagingToken } from './at-query-page'

export type AtWrite = { at: string; method: string; path: string; body: unknown }

export type AtSimulatorOptions = {
  world: World
  credentials: AtSandboxCredentials
  faults?: FaultConfig
  now?: () => number
}

type Row = Record<string, unknown> & { id: number }
type Filter = { op?: string; field?: string; value?: unknown; items?: Filter[] }

const MAX_RECORDS = 500
/** The entities whose queries a short listing (faults.shortListing) leaves records out of. */
const SHORT_LISTED = new Set(['Companies', 'ContractServices'])
const ROOT = '/ATServicesRest/V1.0'
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** eq, noteq, in, notIn, exist and nested and/or groups [C: Autotask advanced query docs]. */
function matches(row: Row, filter: Filter): boolean {
  if (filter.op === 'and') return (filter.items ?? []).every((f) => matches(row, f))
  if (filter.op === 'or') return (filter.items ?? []).some((f) => matches(row, f))
  const value = filter.field === undefined ? undefined : row[filter.field]
  switch (filter.op) {
    case 'eq':
      return value === filter.value
    case 'noteq':
      return value !== filter.value
    case 'in':
      return Array.isArray(filter.value) && filter.value.includes(value)
    case 'notIn':
      return Array.isArray(filter.value) && !filter.value.includes(value)
    case 'exist':
      return value !== undefined && value !== null
    default:
      return false
  }
}

/**
 * Autotask's REST API as the adapter meets it, mounted at /autotask, over the world's billing:
 * `ZoneInformation?user=` (no credentials; 500 for an unknown user), then the three headers on
 * every call; `POST /<Entity>/query` for Companies, Contracts (one Recurring Service contract per
 * billed customer), ContractServices (no quantity), ContractServiceUnits (one row for this month
 * per service) and Services (the catalog, MPN = the item code), `MaxRecords` ≤ 500 with
 * `nextPageUrl` re-POSTed with the same body; `POST /ContractServiceAdjustments` (create-only:
 * other methods 405; a signed `unitChange` splitting the units row at its date-only
 * `effectiveDate`; below 0 units refused with `{"errors": [...]}`); `ThresholdInformation` with a
 * 10,000-per-hour counter. Writes at `/_writes`. Faults: failPage counts a query's pages through
 * its next-page URLs (at-query-page.ts); a short listing leaves out Companies and ContractServices.
 */
export function createAtSimulator(options: AtSimulatorOptions): Hono {
  const { world, credentials, faults } = options
  const now = options.now ?? Date.now
  const billing = generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')
  const today = new Date(now())
  const monthStart = day(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1))
  const monthEnd = day(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0))
  const tables: Record<string, Row[]> = {
    Companies: world.customers.map((c) => ({
      id: 29_683_000 + c.seq,
      companyName: c.name,
      companyType: 1,
      isActive: c.status === 'active',
      webAddress: c.domain,
      taxID: c.taxId ?? '',
    })),
    Contracts: [],
    ContractServices: [],
    ContractServiceUnits: [],
    Services: [],
  }
  const serviceIds = new Map<string, number>()
  for (const [i, line] of billing.entries()) {
    const contractId = 29_684_000 + line.customerSeq
    if (!tables.Contracts!.some((c) => c.id === contractId)) {
      tables.Contracts!.push({
        id: contractId,
        companyID: 29_683_000 + line.customerSeq,
        contractName: 'Cloud Licensing',
        contractType: 7,
        status: 1,
      })
    }
    let serviceId = serviceIds.get(line.itemCode)
    if (serviceId === undefined) {
      serviceId = 40 + serviceIds.size + 1
      serviceIds.set(line.itemCode, serviceId)
      tables.Services!.push({
        id: serviceId,
        name: line.description,
        periodType: 2,
        isActive: true,
        manufacturerServiceProviderProductNumber: line.itemCode,
      })
    }
    const id = 301 + i
    tables.ContractServices!.push({
      id,
      contractID: contractId,
      serviceID: serviceId,
      unitPrice: line.unitPrice,
      unitCost: Math.round(line.unitPrice * 80) / 100,
      invoiceDescription: line.description,
    })
    tables.ContractServiceUnits!.push({
      id: 50_000 + i,
      contractID: contractId,
      contractServiceID: id,
      serviceID: serviceId,
      startDate: `${monthStart}T00:00:00.000Z`,
      endDate: `${monthEnd}T00:00:00.000Z`,
      units: line.quantity,
    })
  }
  let nextUnitRow = 90_000
  const writes: AtWrite[] = []
  const requests: number[] = []

  const app = new Hono()
  app.use(
    '*',
    withFaults(faults, {
      error: (status, message) => atError(status, message),
      pageParam: 'paging',
      page: atQueryPage,
    }),
  )
  app.get('/_writes', (c) => c.json(writes))
  app.get(`${ROOT}/ZoneInformation`, (c) => {
    if (c.req.query('user')?.trim().toLowerCase() !== credentials.config.userName)
      return atError(500, 'Zone information could not be determined for this user.')
    const origin = new URL(c.req.url).origin
    const mount = c.req.path.slice(0, -`${ROOT}/ZoneInformation`.length)
    return c.json({
      zoneName: 'Sandbox zone',
      url: `${origin}${mount}/ATServicesRest/`,
      webUrl: `${origin}${mount}/`,
      ci: 1,
    })
  })

  const api = new Hono()
  api.use('*', async (c, next) => {
    const h = (name: string) => c.req.header(name)
    if (
      h('apiintegrationcode') !== credentials.config.integrationCode ||
      h('username') !== credentials.config.userName ||
      h('secret') !== credentials.secrets.secret
    ) {
      return atError(401, 'User is not authorized.')
    }
    const t = now()
    while (requests.length > 0 && t - requests[0]! >= atThreshold.windowMs) requests.shift()
    // Over the allowance the API is suspended for every integration [C]; the status is [I].
    if (requests.length >= atThreshold.requests)
      return atError(429, 'The API request threshold for this database has been exceeded.')
    requests.push(t)
    return next()
  })
  api.get('/ThresholdInformation', (c) =>
    c.json({
      externalRequestThreshold: atThreshold.requests,
      requestThresholdTimeframe: 60,
      currentTimeframeRequestCount: requests.length,
    }),
  )

  const query = async (c: Context, entity: string, offset: number, page: number) => {
    const table = tables[entity]
    if (!table) return atError(404, `No entity ${entity}.`)
    const rows = SHORT_LISTED.has(entity) ? applyShortListing(table, faults) : table
    const body = (await c.req.json().catch(() => undefined)) as
      { filter?: Filter[]; MaxRecords?: number } | undefined
    if (!body || !Array.isArray(body.filter)) return atError(400, 'The query must have a filter.')
    const size = body.MaxRecords ?? MAX_RECORDS
    if (!Number.isInteger(size) || size < 1 || size > MAX_RECORDS)
      return atError(400, `MaxRecords must be between 1 and ${MAX_RECORDS}.`)
    const found = rows.filter((r) => body.filter!.every((f) => matches(r, f)))
    const items = found.slice(offset, offset + size)
    const more = offset + size < found.length
    const origin = new URL(c.req.url).origin
    const base = c.req.path.slice(0, c.req.path.indexOf(`/${entity}/`))
    const next = more
      ? `${origin}${base}/${entity}/query/next?paging=${encodeURIComponent(atPagingToken(offset + size, page + 1))}`
      : null
    return c.json({
      items,
      pageDetails: {
        count: items.length,
        requestCount: size,
        prevPageUrl: null,
        nextPageUrl: next,
      },
    })
  }
  api.post('/:entity/query', (c) => query(c, c.req.param('entity'), 0, 1))
  api.post('/:entity/query/next', (c) => {
    const paging = readAtPagingToken(c.req.query('paging'))
    if (!paging) return atError(400, 'Invalid paging.')
    return query(c, c.req.param('entity'), paging.offset, paging.page)
  })

  api.post('/ContractServiceAdjustments', async (c) => {
    const a = (await c.req.json().catch(() => ({}))) as Record<string, any>
    const service = tables.ContractServices!.find(
      (s) => s.id === a.contractServiceID && s.contractID === a.contractID,
    )
    if (
      !service ||
      typeof a.unitChange !== 'number' ||
      !/^\d{4}-\d{2}-\d{2}/.test(String(a.effectiveDate ?? ''))
    ) {
      return atError(
        400,
        'contractID, contractServiceID, unitChange and effectiveDate are required.',
      )
    }
    const on = String(a.effectiveDate).slice(0, 10)
    const rows = tables.ContractServiceUnits!.filter(
      (r) => r.contractServiceID === a.contractServiceID,
    )
    const current = rows
      .filter((r) => String(r.startDate).slice(0, 10) <= on && on <= String(r.endDate).slice(0, 10))
      .reduce<Row | undefined>(
        (best, r) => (!best || String(r.startDate) >= String(best.startDate) ? r : best),
        undefined,
      )
    const units = Number(current?.units ?? 0) + a.unitChange
    if (units < 0)
      return atError(
        400,
        `Invalid unitChange: the number of units cannot be reduced below zero for contractServiceID ${a.contractServiceID}.`,
      )
    if (current && String(current.startDate).slice(0, 10) === on) current.units = units
    else
      tables.ContractServiceUnits!.push({
        ...(current ?? {
          contractID: a.contractID,
          contractServiceID: a.contractServiceID,
          serviceID: service.serviceID,
          endDate: `${monthEnd}T00:00:00.000Z`,
        }),
        id: nextUnitRow++,
        startDate: `${on}T00:00:00.000Z`,
        units,
      })
    writes.push({
      at: new Date(now()).toISOString(),
      method: 'POST',
      path: '/ContractServiceAdjustments',
      body: a,
    })
    return c.json({ itemId: 0 })
  })
  api.on(['GET', 'PATCH', 'PUT', 'DELETE'], '/ContractServiceAdjustments/*', () =>
    atError(405, 'ContractServiceAdjustments can only be created.'),
  )

  app.route(ROOT, api)
  app.notFound((c) => atError(404, `No such route: ${c.req.method} ${c.req.path}`))
  app.onError((_, c) => atError(500, `An unexpected error occurred on ${c.req.path}.`))
  return app
}

/** Autotask's `{"errors": ["…"]}` [C: django-autotask]. */
function atError(status: number, message: string): Response {
  return new Response(JSON.stringify({ errors: [message] }), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}
