import { Hono } from 'hono'
import type { FaultConfig } from '../faults/types'
import { createDigestSink } from '../digest/digest-sink'
import { generateWorld, type World } from '../world/generate-world'
import { worldBillingLinesCsv } from '../world/world-billing-lines'
import { psaSandboxCatalogue } from './psa-sandbox-catalogue'
import { sandboxCatalogue } from './sandbox-catalogue'

export type SandboxServerOptions = {
  /** The book every simulator serves; by default a 60-customer MSP, the same on every start. */
  world?: World
  faults?: FaultConfig
}

/** All simulators on one origin, each under `/${adapterId}`, as `pnpm start` serves them. */
export function createSandboxServer(options: SandboxServerOptions = {}): Hono {
  const world = options.world ?? generateWorld({ seed: 1, customers: 60, subscriptions: 300 })
  const app = new Hono()
  // The root is the sandbox's front page: a new user (and the local edge's GET /api/distributors)
  // finds here the credentials each simulator accepts, without reading the code.
  app.get('/', (c) =>
    c.json({
      simulators: sandboxCatalogue.map((entry) => ({
        id: entry.id,
        path: `/${entry.id}`,
        credentials: entry.credentials,
      })),
      customers: world.customers.length,
      subscriptions: world.subscriptions.length,
      billingLines: '/billing-lines.csv',
      digestSink: '/_digest',
      psas: psaSandboxCatalogue.map((entry) => ({
        id: entry.id,
        path: `/${entry.id}`,
        credentials: entry.credentials,
      })),
    }),
  )
  // What the sandbox MSP bills, with planted drift: imported after a distributor import (its
  // customers must be in the register first) with the billing-line CSV import (README).
  app.get('/billing-lines.csv', (c) =>
    c.body(worldBillingLinesCsv(world), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="sandbox-billing-lines.csv"',
    }),
  )
  // Where the local edge posts the daily digest instead of Slack or Teams.
  app.route('/_digest', createDigestSink())
  for (const entry of sandboxCatalogue) {
    app.route(
      `/${entry.id}`,
      entry.create({ world, ...(options.faults ? { faults: options.faults } : {}) }),
    )
  }
  // The PSA simulators bill the same world (docs/psa.md); not in sandboxCatalogue, which lists
  // distributors only.
  for (const entry of psaSandboxCatalogue) {
    app.route(
      `/${entry.id}`,
      entry.create({ world, ...(options.faults ? { faults: options.faults } : {}) }),
    )
  }
  return app
}
