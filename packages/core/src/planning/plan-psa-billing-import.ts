import { mappingsOf } from '../mapping/mapping-index'
import type { BillingLine } from '../model/billing'
import type { ExternalBillingLine } from '../model/external-billing-line'
import type { Register } from '../model/register'
import {
  billingLineCreation,
  billingLineEdit,
  type BillingLineEditFields,
} from '../operations/billing-line-edits'
import { applyOperations } from '../operations/apply-operations'
import type { Plan } from '../operations/plan'
import { autoAcceptBillingLinks, suggestBillingLinks } from '../billing/suggest-billing-links'
import { stableId } from '../support/stable-id'
import { PlanBuilder } from './plan-builder'

/** The PSA connection the lines come from: its id and its adapter's id and name. */
export type PsaConnectionRef = { id: string; psa: string; psaLabel: string }

/** A PSA company as the import needs it: its id, its name for messages, its billing currency. */
export type PsaCompanyRef = { externalId: string; name: string; currency?: string }

export type PsaBillingImportInput = {
  connection: PsaConnectionRef
  /** The PSA's recurring lines; `complete: false` means an absence is not a removal. */
  lines: { items: readonly ExternalBillingLine[]; complete: boolean }
  /** The PSA's companies: their names and currencies (Halo keeps the currency on the client). */
  companies: readonly PsaCompanyRef[]
  register: Register
  /** Import one company's lines (its externalId) instead of every mapped company's. */
  companyExternalId?: string
  /**
   * The connection's billing currency, for lines whose PSA says none on the line or its company
   * (Autotask keeps it on the database, not in the rows Seatkeeper reads).
   */
  currency?: string
  /**
   * The billing settings' auto-accept threshold: with it, the link suggestions at or above it
   * (autoAcceptBillingLinks) are made in the same plan, as the billing-line CSV import makes
   * them, so the preview shows them and one undo takes back the lines and their links.
   */
  autoAcceptThreshold?: number
  /** The day lines are judged active on for those suggestions (YYYY-MM-DD); today when unset. */
  today?: string
}

/**
 * Import a PSA's billing lines (docs/psa.md "Importing billing lines"): each line of a company
 * mapped to a register customer (through the connection's customer mappings, as a distributor's
 * customers are) becomes a line owned by the PSA — source `psa` with the PSA's id, so importing
 * again updates it instead of adding a twin; a line that does not bill is imported only when it
 * was imported before (it is then made inactive). A line the PSA no longer lists, when the listing is
 * complete, is made inactive (never deleted: it is history). Lines that cannot be imported are
 * skipped with the reason.
 */
export function planPsaBillingImport(input: PsaBillingImportInput): Plan {
  const { connection, register } = input
  const companies = new Map(input.companies.map((c) => [c.externalId, c]))
  const mappings = mappingsOf(register, connection.id)
  const owned = new Map<string, BillingLine>()
  for (const line of register.billingLines) {
    if (line.source.kind === 'psa' && line.source.connectionId === connection.id)
      owned.set(line.source.externalId, line)
  }
  const counts = { create: 0, update: 0, unchanged: 0, skipped: 0, deactivate: 0 }
  const builder = new PlanBuilder()
  const skip = (line: ExternalBillingLine, reason: string) => {
    builder.skip({
      entity: 'billing line',
      externalId: line.externalId,
      name: line.description || line.externalId,
      reason,
    })
    counts.skipped++
  }

  const listed = new Set<string>()
  const only = input.companyExternalId
  for (const line of input.lines.items) {
    if (only !== undefined && line.companyExternalId !== only) continue
    listed.add(line.externalId)
    const company = companies.get(line.companyExternalId)
    const companyName = company?.name ?? line.companyExternalId
    const mapping = mappings.get(line.companyExternalId)
    if (!mapping) {
      skip(
        line,
        `${connection.psaLabel} company “${companyName}” is not mapped to a register customer. Map it under the connection's customer mappings, then import again.`,
      )
      continue
    }
    if (!Number.isInteger(line.quantity)) {
      skip(
        line,
        `${connection.psaLabel} bills ${line.quantity} of it; the register keeps whole quantities. Correct the quantity in ${connection.psaLabel}, then import again.`,
      )
      continue
    }
    const current = owned.get(line.externalId)
    // A line that no longer bills and was never imported is history, not a line to reconcile:
    // ConnectWise keeps the addition a prorated change cancelled (whose register line moved to
    // the new addition), and old cancelled additions would otherwise arrive as strangers.
    if (!current && line.inactive) {
      skip(
        line,
        `${connection.psaLabel} no longer bills it; Seatkeeper imports only lines that bill.`,
      )
      continue
    }
    // A line imported before keeps the currency it was given when the PSA still says none.
    const currency = line.currency ?? company?.currency ?? input.currency ?? current?.currency
    if (!currency) {
      skip(
        line,
        `${connection.psaLabel} says no currency for this line or for company “${companyName}”. Choose the billing currency of the import, or set the company's currency in ${connection.psaLabel}, then import again.`,
      )
      continue
    }
    const fields = {
      customerId: mapping.customerId,
      description: line.description.trim() || line.itemCode || `${connection.psaLabel} line`,
      itemCode: line.itemCode,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      unitCost: line.unitCost,
      currency,
      period: line.period,
      startDate: line.startDate,
      endDate: line.endDate,
      quantityRule: line.quantityRule,
      minimumQuantity: line.minimumQuantity,
      freeQuantity: line.freeQuantity,
    }
    if (!current) {
      const id = stableId('bl', connection.id, line.externalId)
      const creation = billingLineCreation(id, withoutUndefined(fields), {
        kind: 'psa',
        psa: connection.psa,
        connectionId: connection.id,
        externalId: line.externalId,
      })
      creation.after.inactive = line.inactive
      builder.add(creation)
      counts.create++
      continue
    }
    if (current.customerId !== mapping.customerId) {
      skip(
        line,
        `${connection.psaLabel} company “${companyName}” is now mapped to another customer than this line's. Move the mapping back, or delete the line in Seatkeeper, then import again.`,
      )
      continue
    }
    // Every field the PSA owns, absent ones as null, so a value the PSA cleared is cleared here.
    const { customerId: _customer, ...owns } = fields
    const edit = billingLineEdit(current, {
      ...(Object.fromEntries(
        Object.entries(owns).map(([k, value]) => [k, value ?? null]),
      ) as BillingLineEditFields),
      inactive: line.inactive,
    })
    if (edit) {
      builder.add(edit)
      counts.update++
    } else counts.unchanged++
  }

  // Only a complete listing says a line is gone; a partial one says nothing about the others.
  if (input.lines.complete) {
    const customerOnly = only === undefined ? undefined : mappings.get(only)?.customerId
    for (const [externalId, line] of owned) {
      if (listed.has(externalId) || line.inactive) continue
      if (only !== undefined && line.customerId !== customerOnly) continue
      const edit = billingLineEdit(line, { inactive: true })
      if (edit) {
        builder.add(edit)
        counts.deactivate++
      }
    }
  }

  if (input.autoAcceptThreshold !== undefined && builder.operations.length > 0) {
    const imported = applyOperations(register, builder.operations)
    const suggestions = suggestBillingLinks(imported, input.today ? { today: input.today } : {})
    for (const link of autoAcceptBillingLinks(imported, suggestions, input.autoAcceptThreshold))
      if (link.op === 'linkSubscription') builder.add(link)
  }

  const plan = builder.build('billing-import', connection.id, register.version)
  plan.summary.billingLines = counts
  return plan
}

function withoutUndefined<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T
}
