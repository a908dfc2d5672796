import { Hono } from 'hono'
import type { WorldBillingLine } from '../world/world-billing-lines'

/** A Halo software licence as `GET /api/SoftwareLicence` lists it (swagger `Licence_List` [C]). */
export type HaloLicence = {
  id: number
  client_id: number
  name: string
  count: number
  status: string
  is_active: boolean
  deleted: boolean
  billing_cycle: string
  product_sku: string
  price: number
  start_date: string
}

/** The licence link of a type-1 line (`quantity_licences[]` [C: swagger InvoiceDetailQuantity]). */
export type HaloLicenceLink = {
  licence_id: number
  kind: number
  pro_rata: number
  minimum_qty: number
  qty_free: number
}

/** Halo's id for the licence of a world subscription. */
export const haloLicenceId = (subscriptionSeq: number) => 8000 + subscriptionSeq

/**
 * Which world lines the sandbox MSP bills licence-linked (`recurring_invoice_quantity_type` 1, the
 * quantity following a software licence's count [C: Halo guides H7/H8]): every fourth
 * subscription's line that carries no planted drift, so the drifted lines stay manual and their
 * fixes go through `updatelines`, and the licence path has lines of its own.
 */
export const isHaloLicenceLine = (line: WorldBillingLine) =>
  line.drift === undefined &&
  line.subscriptionSeqs.length === 1 &&
  line.subscriptionSeqs[0]! % 4 === 0

/** The licence a world line follows, counting the seats the line bills. */
export function haloLicenceOf(line: WorldBillingLine, clientId: number): HaloLicence {
  return {
    id: haloLicenceId(line.subscriptionSeqs[0]!),
    client_id: clientId,
    name: line.description,
    count: line.quantity,
    status: 'Active',
    is_active: true,
    deleted: false,
    billing_cycle: 'Monthly',
    product_sku: line.itemCode,
    price: line.unitPrice,
    start_date: `${line.startDate}T00:00:00`,
  }
}

/** What a licence-linked line bills from its licences: max(minimum, counts − free) [I: H8's rule]. */
export function haloLinkedQuantity(
  links: readonly HaloLicenceLink[],
  licences: ReadonlyMap<number, HaloLicence>,
): number {
  const seats = links.reduce((sum, link) => {
    const licence = licences.get(link.licence_id)
    return sum + (licence && !licence.deleted ? licence.count : 0)
  }, 0)
  const free = links.reduce((sum, link) => sum + link.qty_free, 0)
  const minimum = links.reduce((max, link) => Math.max(max, link.minimum_qty), 0)
  return Math.max(minimum, seats - free)
}

type Page = <T>(rows: T[], query: (name: string) => string | undefined) => T[]

/**
 * `/api/SoftwareLicence` over the simulator's licences: the paged list (`client_id`, envelope
 * `licences` [C]), one licence by id, and the upsert `POST [{id, count}]` [C: H7] — checked whole
 * before any licence changes (an unknown id, a count that is not a whole number of 0 or more → 400
 * `{ClassName, Message}` [I]), then recorded. Creating a licence (no id) is not simulated.
 */
export function haloLicenceRoutes(
  licences: Map<number, HaloLicence>,
  o: {
    page: Page
    error: (status: number, message: string) => Response
    record: (path: string, body: unknown) => void
  },
): Hono {
  const routes = new Hono()
  routes.get('/', (c) => {
    const client = c.req.query('client_id')
    const listed = [...licences.values()].filter((l) => !client || String(l.client_id) === client)
    return c.json({ record_count: listed.length, licences: o.page(listed, (n) => c.req.query(n)) })
  })
  routes.get('/:id', (c) => {
    const licence = licences.get(Number(c.req.param('id')))
    return licence
      ? c.json(licence)
      : o.error(404, `No software licence with id ${c.req.param('id')}`)
  })
  routes.post('/', async (c) => {
    const body = await c.req.json().catch(() => undefined)
    if (!Array.isArray(body)) return o.error(400, 'The body must be an array of software licences.')
    const targets: Array<[HaloLicence, Record<string, unknown>]> = []
    for (const change of body) {
      const licence = licences.get(Number(change?.id))
      if (!licence) return o.error(400, `Software licence ${change?.id} was not found.`)
      if (
        change.count !== undefined &&
        !(Number.isInteger(change.count) && (change.count as number) >= 0)
      ) {
        return o.error(400, 'count must be a whole number of 0 or more.')
      }
      targets.push([licence, change])
    }
    for (const [licence, change] of targets) {
      if (change.count !== undefined) licence.count = change.count as number
    }
    o.record('/api/SoftwareLicence', body)
    return c.json(targets.map(([licence]) => licence))
  })
  return routes
}
