import type { BillingPeriod, ExternalBillingLine } from '@seatkeeper/core'
import type { DistributorHttp, Listing } from '@seatkeeper/distributors'
import type { PsaCompany } from '../adapter'
import { AT_LABEL, RECURRING_SERVICE } from './calls'
import { chunks, queryAll } from './query'
import {
  AtCompanySchema,
  AtContractSchema,
  AtContractServiceSchema,
  AtServiceSchema,
  AtServiceUnitSchema,
  type AtServiceUnit,
} from './schemas'

export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10)

/** Customers (`companyType` 1 [I]); inactive ones as suspended. */
export async function listAtCompanies(http: DistributorHttp): Promise<Listing<PsaCompany>> {
  const rows = await queryAll(
    http,
    'Companies',
    [{ op: 'eq', field: 'companyType', value: 1 }],
    AtCompanySchema,
  )
  const items = rows.map((c): PsaCompany => {
    const domain = c.webAddress
      ?.trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, '')
    return {
      externalId: String(c.id),
      name: c.companyName,
      status: c.isActive === false ? 'suspended' : 'active',
      ...(domain ? { domain } : {}),
      ...(c.taxID?.trim() ? { taxId: c.taxID.trim() } : {}),
    }
  })
  return { items, complete: true, problems: [] }
}

/** Service `periodType` 2 is monthly in the sample [I: the picklist is per database]. */
const PERIODS: Record<number, BillingPeriod> = { 2: 'monthly' }

/** The units row covering `day` (a split row starts on an adjustment's date and wins that day). */
export function unitsOn(rows: readonly AtServiceUnit[], day: string): AtServiceUnit | undefined {
  let found: AtServiceUnit | undefined
  for (const row of rows) {
    if (row.startDate.slice(0, 10) > day || day > row.endDate.slice(0, 10)) continue
    // The latest start wins; of two starting the same day, the one listed last (made later).
    if (!found || row.startDate.slice(0, 10) >= found.startDate.slice(0, 10)) found = row
  }
  return found
}

/**
 * Recurring Service contracts (type 7, status 1 [C]) → their ContractServices (no quantity [C]) →
 * ContractServiceUnits, the billed quantity being the row covering today [C] → the Services
 * catalog for name, SKU (MPN) and period. A service with no row today bills nothing: inactive.
 */
export async function listAtBillingLines(
  http: DistributorHttp,
  companyExternalId?: string,
): Promise<Listing<ExternalBillingLine>> {
  const contracts = await queryAll(
    http,
    'Contracts',
    [
      { op: 'eq', field: 'contractType', value: RECURRING_SERVICE },
      { op: 'eq', field: 'status', value: 1 },
      ...(companyExternalId
        ? [{ op: 'eq', field: 'companyID', value: Number(companyExternalId) }]
        : []),
    ],
    AtContractSchema,
  )
  const services = []
  for (const ids of chunks(contracts.map((c) => c.id))) {
    services.push(
      ...(await queryAll(
        http,
        'ContractServices',
        [{ op: 'in', field: 'contractID', value: ids }],
        AtContractServiceSchema,
      )),
    )
  }
  const units: AtServiceUnit[] = []
  for (const ids of chunks(services.map((s) => s.id))) {
    units.push(
      ...(await queryAll(
        http,
        'ContractServiceUnits',
        [{ op: 'in', field: 'contractServiceID', value: ids }],
        AtServiceUnitSchema,
      )),
    )
  }
  const catalog = new Map<
    number,
    { name: string; periodType?: number | null; mpn?: string | null }
  >()
  for (const ids of chunks([...new Set(services.map((s) => s.serviceID))])) {
    for (const s of await queryAll(
      http,
      'Services',
      [{ op: 'in', field: 'id', value: ids }],
      AtServiceSchema,
    )) {
      catalog.set(s.id, {
        name: s.name,
        periodType: s.periodType,
        mpn: s.manufacturerServiceProviderProductNumber,
      })
    }
  }
  const contractById = new Map(contracts.map((c) => [c.id, c]))
  const unitsByService = new Map<number, AtServiceUnit[]>()
  for (const row of units) {
    const rows = unitsByService.get(row.contractServiceID)
    if (rows) rows.push(row)
    else unitsByService.set(row.contractServiceID, [row])
  }
  const today = todayUtc()
  const items: ExternalBillingLine[] = []
  const problems: string[] = []
  for (const service of services) {
    const contract = contractById.get(service.contractID)
    const product = catalog.get(service.serviceID)
    const description = service.invoiceDescription?.trim() || product?.name || ''
    const name = `${AT_LABEL} contract service ${service.id} ("${description || 'no description'}")`
    const period = product?.periodType == null ? undefined : PERIODS[product.periodType]
    if (!contract || !product || !period) {
      problems.push(
        `${name} ${!product ? 'names a service that is not in the catalog' : `bills every period type ${product.periodType ?? 'missing'}, which Seatkeeper does not know yet`}; it was left out.`,
      )
      continue
    }
    const current = unitsOn(unitsByService.get(service.id) ?? [], today)
    const quantity = current?.units ?? 0
    if (!Number.isInteger(quantity) || quantity < 0) {
      problems.push(
        `${name} bills ${quantity} units today, not a whole number of seats; it was left out.`,
      )
      continue
    }
    items.push({
      externalId: String(service.id),
      companyExternalId: String(contract.companyID),
      description,
      ...(product.mpn?.trim() ? { itemCode: product.mpn.trim() } : {}),
      quantity,
      unitPrice: service.unitPrice ?? 0,
      ...(service.unitCost != null ? { unitCost: service.unitCost } : {}),
      period,
      inactive: current === undefined || quantity === 0,
      quantityRule: 'fixed',
      reference: { contractId: String(contract.id), serviceId: String(service.serviceID) },
    })
  }
  return { items, complete: problems.length === 0, problems }
}
