import { Hono, type Context } from 'hono'
import { applyShortListing, withFaults, type FaultConfig } from '../faults'
import type { World } from '../world/generate-world'
import { generateWorldBilling } from '../world/world-billing-lines'
import { CW_SANDBOX_CODEBASE, type CwSandboxCredentials } from './cw-sandbox-credentials'

export type CwWrite = { at: string; method: string; path: string; body: unknown }

export type CwSimulatorOptions = {
  world: World
  credentials: CwSandboxCredentials
  faults?: FaultConfig
  now?: () => number
}

type Addition = Record<string, unknown> & { id: number; agreementId: number; quantity: number }

const MAX_PAGE_SIZE = 1000
export const cwCompanyId = (customerSeq: number) => 250 + customerSeq
export const cwAgreementId = (customerSeq: number) => 7000 + customerSeq

/**
 * ConnectWise PSA (Manage) as the adapter meets it, mounted at /connectwise, over the world's
 * billing: `/login/companyinfo/<company>` (no auth) with the codebase, then under
 * `/<codebase>/apis/3.0` with Basic `<company>+<public>:<private>` and `clientId` (a call without
 * `clientId` is refused [I]): bare-array `company/companies` (with a recycle-bin duplicate and a
 * Not-Approved prospect, as real sites have), `/count`, `finance/agreements` (one Monthly agreement
 * per billed customer, every other one prorating; `conditions` on agreementStatus and company/id),
 * their additions (GET, POST validating `product` and `billCustomer` → 400 InvalidObject, PATCH with
 * a JSON-patch array returning the whole addition), `page`/`pageSize` ≤ 1000. Writes at `/_writes`.
 */
export function createCwSimulator(options: CwSimulatorOptions): Hono {
  const { world, credentials, faults } = options
  const now = options.now ?? Date.now
  const billing = generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')
  const companies: Record<string, unknown>[] = world.customers.map((c) => ({
    id: cwCompanyId(c.seq),
    identifier: c.name.replace(/[^A-Za-z0-9]/g, '').slice(0, 30),
    name: c.name,
    status: { id: 1, name: c.status === 'active' ? 'Active' : 'Inactive' },
    types: [{ id: 1, name: 'Client' }],
    website: c.domain,
    deletedFlag: false,
    currency: { id: 7, currencyCode: world.currency },
  }))
  const first = world.customers[0]
  if (first) {
    companies.push({
      ...companies[0],
      id: 9001,
      identifier: 'recycled-duplicate',
      deletedFlag: true,
    })
  }
  companies.push({
    id: 9002,
    identifier: 'ProspectCo',
    name: 'Prospect Co',
    status: { id: 2, name: 'Not-Approved' },
    types: [{ id: 2, name: 'Prospect' }],
    deletedFlag: false,
  })

  const agreements = new Map<number, Record<string, unknown>>()
  const additions = new Map<number, Addition[]>()
  let nextAddition = 40_001
  for (const line of billing) {
    const id = cwAgreementId(line.customerSeq)
    if (!agreements.has(id)) {
      const customer = world.customers.find((c) => c.seq === line.customerSeq)
      agreements.set(id, {
        id,
        name: `${customer?.name ?? ''} - Managed Cloud`,
        company: { id: cwCompanyId(line.customerSeq), name: customer?.name },
        agreementStatus: 'Active',
        cancelledFlag: false,
        billingCycle: { id: 3, name: 'Monthly' },
        prorateFlag: line.customerSeq % 2 === 0,
        currency: { currencyCode: world.currency },
      })
      additions.set(id, [])
    }
    additions.get(id)!.push({
      id: nextAddition++,
      agreementId: id,
      product: { id: 500 + (line.itemCode.length % 50), identifier: line.itemCode },
      description: line.description,
      invoiceDescription: line.description,
      quantity: line.quantity,
      lessIncluded: 0,
      unitPrice: line.unitPrice,
      unitCost: Math.round(line.unitPrice * 80) / 100,
      billCustomer: 'Billable',
      effectiveDate: `${line.startDate}T00:00:00Z`,
      cancelledDate: null,
      taxableFlag: true,
    })
  }
  const writes: CwWrite[] = []
  const record = (c: Context, body: unknown) =>
    writes.push({
      at: new Date(now()).toISOString(),
      method: c.req.method,
      path: c.req.path.replace(/^\/connectwise/, ''),
      body,
    })
  const basic = `Basic ${btoa(`${credentials.config.companyId}+${credentials.config.publicKey}:${credentials.secrets.privateKey}`)}`

  const app = new Hono()
  app.use(
    '*',
    withFaults(faults, {
      error: (status, message) =>
        cwError(status, status === 429 ? 'TooManyRequests' : 'Error', message),
      pageParam: 'page',
    }),
  )
  app.get('/_writes', (c) => c.json(writes))
  app.get('/login/companyinfo/:company', (c) =>
    c.req.param('company').toLowerCase() === credentials.config.companyId
      ? c.json({
          CompanyName: world.partnerName,
          Codebase: `${CW_SANDBOX_CODEBASE}/`,
          VersionCode: 'v2025.1',
          CompanyID: credentials.config.companyId,
          IsCloud: true,
        })
      : c.json({ CompanyName: null, Codebase: null }, 404),
  )

  const api = new Hono()
  api.use('*', async (c, next) => {
    if (c.req.header('authorization') !== basic)
      return cwError(401, 'Unauthorized', 'Authentication failed.')
    if (c.req.header('clientid') !== credentials.config.clientId)
      return cwError(401, 'Unauthorized', 'A valid clientId is required on every request.')
    return next()
  })
  const page = (c: Context, rows: unknown[]) => {
    const size = Number(c.req.query('pageSize') ?? 25)
    const n = Number(c.req.query('page') ?? 1)
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      return cwError(400, 'InvalidObject', `pageSize must be between 1 and ${MAX_PAGE_SIZE}.`)
    return c.json(rows.slice((n - 1) * size, n * size))
  }
  // A short listing (faults.shortListing) leaves companies (their count too) and additions out.
  api.get('/company/companies', (c) => page(c, applyShortListing(companies, faults)))
  api.get('/company/companies/count', (c) =>
    c.json({ count: applyShortListing(companies, faults).length }),
  )
  api.get('/finance/agreements', (c) => {
    const conditions = c.req.query('conditions') ?? ''
    const status = /agreementStatus="([^"]+)"/.exec(conditions)?.[1]
    const company = /company\/id=(\d+)/.exec(conditions)?.[1]
    return page(
      c,
      [...agreements.values()].filter(
        (a) =>
          (!status || a.agreementStatus === status) &&
          (!company || String((a.company as { id: number }).id) === company),
      ),
    )
  })
  api.get('/finance/agreements/:id', (c) => {
    const agreement = agreements.get(Number(c.req.param('id')))
    return agreement ? c.json(agreement) : cwError(404, 'NotFound', 'Agreement not found')
  })
  api.get('/finance/agreements/:id/additions', (c) =>
    page(c, applyShortListing(additions.get(Number(c.req.param('id'))) ?? [], faults)),
  )
  api.post('/finance/agreements/:id/additions', async (c) => {
    const rows = additions.get(Number(c.req.param('id')))
    if (!rows) return cwError(404, 'NotFound', 'Agreement not found')
    const body = (await c.req.json().catch(() => ({}))) as Record<string, any>
    const errors = [
      ...(body.product?.id
        ? []
        : [
            {
              code: 'InvalidField',
              message: 'The product field is required.',
              resource: 'addition',
              field: 'product',
            },
          ]),
      ...(['Billable', 'DoNotBill', 'NoCharge'].includes(body.billCustomer)
        ? []
        : [
            {
              code: 'InvalidField',
              message: 'The billCustomer field is required.',
              resource: 'addition',
              field: 'billCustomer',
            },
          ]),
    ]
    if (errors.length > 0)
      return c.json({ code: 'InvalidObject', message: 'addition object is invalid', errors }, 400)
    const product =
      rows.find((r) => (r.product as { id: number }).id === body.product.id)?.product ??
      body.product
    const created: Addition = {
      lessIncluded: 0,
      cancelledDate: null,
      quantity: 0,
      ...body,
      id: nextAddition++,
      agreementId: Number(c.req.param('id')),
      product,
      description: body.invoiceDescription ?? '',
    }
    rows.push(created)
    record(c, body)
    return c.json(created, 201)
  })
  const findAddition = (c: Context) =>
    (additions.get(Number(c.req.param('id'))) ?? []).find(
      (a) => a.id === Number(c.req.param('addition')),
    )
  api.get('/finance/agreements/:id/additions/:addition', (c) => {
    const row = findAddition(c)
    return row ? c.json(row) : cwError(404, 'NotFound', 'Addition not found')
  })
  api.patch('/finance/agreements/:id/additions/:addition', async (c) => {
    const row = findAddition(c)
    if (!row) return cwError(404, 'NotFound', 'Addition not found')
    const ops = await c.req.json().catch(() => undefined)
    if (!Array.isArray(ops))
      return cwError(400, 'InvalidObject', 'The body must be a JSON-patch array.')
    const patched = { ...row }
    for (const op of ops) {
      const field = String(op?.path ?? '').replace(/^\//, '')
      if (!['replace', 'add', 'remove'].includes(op?.op) || !(field in patched))
        return cwError(400, 'InvalidObject', `Cannot ${op?.op} ${field || 'nothing'}.`)
      patched[field] = op.op === 'remove' ? null : op.value
    }
    if (typeof patched.quantity !== 'number' || patched.quantity < 0)
      return cwError(400, 'InvalidObject', 'quantity must be 0 or more.')
    Object.assign(row, patched)
    record(c, ops)
    return c.json(row)
  })
  app.route(`/${CW_SANDBOX_CODEBASE}/apis/3.0`, api)
  app.notFound((c) => cwError(404, 'NotFound', `No such route: ${c.req.method} ${c.req.path}`))
  app.onError((_, c) => cwError(500, 'Error', `An unexpected error occurred on ${c.req.path}.`))
  return app
}

/** ConnectWise's error body `{code, message, errors?}` [C: pyconnectwise ErrorResponseMessage]. */
function cwError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ code, message }), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}
