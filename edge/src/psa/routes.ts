import {
  planPsaBillingImport,
  PsaBillingPreviewBodySchema,
  type PsaBillingPreview,
  type PsaCompanyList,
} from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { jsonBody } from '../http/json-body'
import { readRegister } from '../register/register-snapshot'
import { registerStub } from '../register/register-stub'
import { connectionCurrency, missingCurrency } from './connection-currency'
import { openPsaConnection } from './open-psa-connection'
import { psaFailure } from './psa-failure'

/**
 * A PSA connection's billing lines (docs/api.md "PSA billing lines"), mounted at /api/connections.
 * The edge lists the PSA (its credentials never reach the browser) and plans with core's
 * planPsaBillingImport against the register; Start sends that plan to POST /api/register/plans,
 * so the import is one run in the ledger, like every other import.
 */
export const psaBillingRoutes = new Hono<AppEnv>()

psaBillingRoutes.post(
  '/:id/billing-lines/preview',
  jsonBody(PsaBillingPreviewBodySchema),
  async (c) => {
    const body = c.req.valid('json')
    const { opened, adapter, http } = await openPsaConnection(c.env, c.req.param('id'))
    const currency = body.currency ?? connectionCurrency(opened)
    const [companies, lines] = await Promise.all([
      adapter.listCompanies(http),
      adapter.listBillingLines(http, body.companyExternalId),
    ]).catch((error: unknown) => {
      throw psaFailure(error, adapter)
    })
    const stub = registerStub(c.env)
    const [register, settings] = await Promise.all([readRegister(stub), stub.billingSettings()])
    const plan = planPsaBillingImport({
      connection: { id: opened.connection.id, psa: adapter.id, psaLabel: adapter.label },
      lines,
      companies: companies.items,
      register,
      // Links taken on trust above the user's threshold, shown in the preview like the lines.
      ...(settings.autoAcceptThreshold !== undefined
        ? { autoAcceptThreshold: settings.autoAcceptThreshold }
        : {}),
      ...(body.companyExternalId !== undefined
        ? { companyExternalId: body.companyExternalId }
        : {}),
      // The import's choice, else the connection's own (Autotask's rows carry none).
      ...(currency !== undefined ? { currency } : {}),
    })
    const missing = currency === undefined ? missingCurrency(opened) : undefined
    return c.json({
      plan,
      complete: lines.complete,
      problems: [...(missing ? [missing] : []), ...companies.problems, ...lines.problems],
    } satisfies PsaBillingPreview)
  },
)

/**
 * The PSA's companies, for Customer Mappings. Listed here, not through the proxy: the adapter finds
 * the PSA's hosts first (ConnectWise `login/companyinfo`, Autotask `ZoneInformation`), calls the
 * proxy's allow-list of data paths does not carry.
 */
psaBillingRoutes.get('/:id/companies', async (c) => {
  const { adapter, http } = await openPsaConnection(c.env, c.req.param('id'))
  const companies = await adapter.listCompanies(http).catch((error: unknown) => {
    throw psaFailure(error, adapter)
  })
  return c.json({
    items: companies.items,
    complete: companies.complete,
    problems: companies.problems,
  } satisfies PsaCompanyList)
})
