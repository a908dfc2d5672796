import {
  summarize,
  type BillingLine,
  type Operation,
  type Plan,
  type PlanOperation,
  type PsaLineChangeBody,
  type Register,
} from '@seatkeeper/core'
import { customerLabels } from '../present/customer-labels'

/**
 * One approved change to a line a PSA owns: sent to the PSA through the edge's write-back routes
 * (docs/api.md "PSA write-back"), never applied to the register as a plan (the register follows
 * the PSA's line as read back).
 */
export type PsaChange = {
  lineId: string
  /** The PSA's adapter id ("halopsa") and the connection the line was imported through. */
  psa: string
  connectionId: string
  description: string
  customerName: string
  before: { quantity: number; inactive: boolean }
  body: PsaLineChangeBody
}

/** An approval split by who owns each line: the register's plan, and the PSA changes. */
export type SplitApproval = { plan: Plan; psaChanges: PsaChange[] }

type PsaSource = Extract<BillingLine['source'], { kind: 'psa' }>
const psaSourceOf = (line: BillingLine | undefined): PsaSource | undefined =>
  line?.source.kind === 'psa' ? line.source : undefined

/**
 * Splits an approval plan: each change to a PSA-owned line becomes a change for that PSA (its
 * quantity and billing state; a price fix leaves `body` empty, which no PSA write-back takes);
 * everything else (lines Seatkeeper owns, links, subscriptions) stays in the plan.
 */
export function splitApproval(plan: Plan, register: Register): SplitApproval {
  const lines = new Map(register.billingLines.map((line) => [line.id, line]))
  const customerName = customerLabels(register)
  const kept: PlanOperation[] = []
  const psaChanges: PsaChange[] = []
  for (const operation of plan.operations) {
    const line = operation.op === 'updateBillingLine' ? lines.get(operation.lineId) : undefined
    const source = psaSourceOf(line)
    if (!line || !source || operation.op !== 'updateBillingLine') {
      kept.push(operation)
      continue
    }
    const body: PsaLineChangeBody = {}
    if (typeof operation.after.quantity === 'number') body.quantity = operation.after.quantity
    if (typeof operation.after.inactive === 'boolean') body.inactive = operation.after.inactive
    psaChanges.push({
      lineId: line.id,
      psa: source.psa,
      connectionId: source.connectionId,
      description: line.description,
      customerName: customerName.get(line.customerId) ?? 'a customer no longer in the register',
      before: { quantity: line.quantity, inactive: line.inactive },
      body,
    })
  }
  return { plan: { ...plan, operations: kept, summary: summarize(kept) }, psaChanges }
}

// How the web words each PSA: its name (the adapter's label), where it keeps a recurring line as
// its users call it, and what undo does there (docs/psa.md; Autotask adjustments cannot be deleted).
const PSA_WORDS: Record<string, { label: string; container: string; undo: string }> = {
  halopsa: {
    label: 'HaloPSA',
    container: 'recurring invoice',
    undo: 'Undo sets the line on the recurring invoice in HaloPSA back to what it was.',
  },
  connectwise: {
    label: 'ConnectWise PSA',
    container: 'agreement',
    undo: 'Undo changes the addition on the agreement in ConnectWise PSA back (on a prorating agreement: a new addition).',
  },
  autotask: {
    label: 'Autotask',
    container: 'contract',
    undo: 'Autotask adjustments cannot be deleted: undo adds an opposite adjustment to the contract service.',
  },
}

/** A PSA's name from its adapter id ("halopsa" → "HaloPSA"). */
export const psaLabel = (psa: string) => PSA_WORDS[psa]?.label ?? 'the PSA'

/**
 * The change in words, before any method or path: "Set the quantity of “Microsoft 365 Business
 * Premium” on Contoso's recurring invoice in HaloPSA from 40 to 42."
 */
export function psaChangeWords(change: PsaChange, psaLabel: string): string {
  const where = `on ${change.customerName}'s ${PSA_WORDS[change.psa]?.container ?? 'billing'} in ${psaLabel}`
  const parts: string[] = []
  const { quantity, inactive } = change.body
  if (quantity !== undefined && quantity !== change.before.quantity)
    parts.push(
      `Set the quantity of “${change.description}” ${where} from ${change.before.quantity} to ${quantity}`,
    )
  if (inactive !== undefined && inactive !== change.before.inactive)
    parts.push(
      inactive
        ? `Stop billing “${change.description}” ${where}`
        : `Bill “${change.description}” ${where} again`,
    )
  if (parts.length === 0) return `Change the price of “${change.description}” ${where}.`
  return `${parts.join(', and ')}.`
}

/** The settings tab of a connection where its write-back is turned on. */
export const writeBackSettingsHref = (connectionId: string) =>
  `/connections/${encodeURIComponent(connectionId)}?tab=billing`

/**
 * The PSA-owned line a run changed, when it is a write-back run: its undo goes to the PSA
 * (POST /api/billing/lines/:id/psa-change/undo), not only to the register.
 */
export function psaLineOfRun(
  operations: readonly Operation[],
  register: Register,
): { lineId: string; psa: string; description: string } | undefined {
  const lines = new Map(register.billingLines.map((line) => [line.id, line]))
  for (const operation of operations) {
    if (operation.op !== 'updateBillingLine') continue
    const line = lines.get(operation.lineId)
    const source = psaSourceOf(line)
    if (line && source) return { lineId: line.id, psa: source.psa, description: line.description }
  }
  return undefined
}

/** What undoing a write-back run does in its PSA, in words. */
export const psaUndoWords = (psa: string) =>
  PSA_WORDS[psa]?.undo ?? 'Undo sends the PSA the change back to what the line was.'
