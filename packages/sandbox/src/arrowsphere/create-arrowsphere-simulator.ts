import { Hono } from 'hono'
import { applyShortListing } from '../faults/apply-short-listing'
import { createPageDrift } from '../faults/create-page-drift'
import { withFaults } from '../faults/with-faults'
import type { SimulatorOptions } from '../faults/types'
import type { ArrowSphereSandboxCredentials } from './arrowsphere-sandbox-credentials'
import { arrowsphereErrorResponse } from './arrowsphere-error-response'
import { createKeyGate } from './create-key-gate'
import { findFacets, findLicenses, readFindRequest } from './find-licenses'
import { pageLink, paginate } from './paginate'
import { renderCustomer } from './render-customer'
import { renderLicense } from './render-license'
import { renderWhoAmI } from './render-whoami'

/**
 * ArrowSphere's REST API as Seatkeeper uses it (docs/distributors.md), serving the world: the
 * static `apiKey` header, GET /whoami, GET /customers (snake_case paging), GET /customers/{ref},
 * POST /licenses/v2/find (camelCase paging) and `{status, error, messages}` errors. Paths are
 * relative to the adapter's baseUrl; the sandbox server mounts the app at /arrowsphere.
 */
export function createArrowSphereSimulator(
  options: SimulatorOptions<ArrowSphereSandboxCredentials>,
): Hono {
  const { world, credentials } = options
  const faults = options.faults ?? {}
  const customersBySeq = new Map(world.customers.map((customer) => [customer.seq, customer]))
  const customers = world.customers.map((customer) => renderCustomer(customer, world))
  const licenses = world.subscriptions.map((subscription) =>
    renderLicense(subscription, customersBySeq.get(subscription.customerSeq), world),
  )
  const keyGate = createKeyGate(faults.expireTokenAfter)
  const customerDrift = createPageDrift(faults)
  const licenceDrift = createPageDrift(faults)

  const app = new Hono()
  app.use('*', withFaults(faults, { error: arrowsphereErrorResponse, pageParam: 'page' }))
  app.use('*', async (c, next) => {
    // Header names are case-insensitive; community clients send "apikey".
    if (c.req.header('apiKey') !== credentials.secrets.apiKey) {
      return arrowsphereErrorResponse(401, 'Invalid API key')
    }
    if (!keyGate.admit()) return arrowsphereErrorResponse(401, 'Invalid API key')
    return next()
  })

  app.get('/whoami', (c) => c.json(renderWhoAmI(world)))

  app.get('/customers', (c) => {
    const listed = customerDrift.order(applyShortListing(customers, faults))
    const slice = paginate(listed, c.req.query('page'), c.req.query('per_page'))
    customerDrift.served(slice.currentPage)
    return c.json({
      status: 200,
      data: { customers: slice.items },
      pagination: {
        per_page: slice.perPage,
        current_page: slice.currentPage,
        total_page: slice.totalPage,
        total: slice.total,
        next: pageLink('/customers', slice, slice.currentPage + 1),
        previous: pageLink('/customers', slice, slice.currentPage - 1),
      },
    })
  })

  app.get('/customers/:reference', (c) => {
    const reference = c.req.param('reference')
    const customer = customers.find((candidate) => candidate.Reference === reference)
    if (!customer) return arrowsphereErrorResponse(404, `Customer ${reference} not found`)
    return c.json({ status: 200, data: { customers: [customer] } })
  })

  app.post('/licenses/v2/find', async (c) => {
    const request = readFindRequest(await c.req.json().catch(() => undefined))
    if (!request)
      return arrowsphereErrorResponse(
        400,
        'The body must be a JSON object with an object "filters"',
      )
    const found = licenceDrift.order(applyShortListing(findLicenses(licenses, request), faults))
    const slice = paginate(found, c.req.query('page'), c.req.query('per_page'))
    licenceDrift.served(slice.currentPage)
    return c.json({
      results: slice.items,
      filters: findFacets(found),
      pagination: {
        perPage: slice.perPage,
        currentPage: slice.currentPage,
        totalPage: slice.totalPage,
        total: slice.total,
        next: pageLink('/licenses/v2/find', slice, slice.currentPage + 1),
        previous: pageLink('/licenses/v2/find', slice, slice.currentPage - 1),
      },
    })
  })

  app.notFound((c) => arrowsphereErrorResponse(404, `No route for ${c.req.method} ${c.req.path}`))
  app.onError(() => arrowsphereErrorResponse(500, 'An unexpected error occurred'))
  return app
}
