import {
  billingLineEdit,
  summarize,
  type BillingLine,
  type ExternalBillingLine,
  type PsaLineChangeResult,
} from '@seatkeeper/core'
import type { BillingLineChange } from '@seatkeeper/psa'
import { AppError } from '../http/app-error'
import { readRegister } from '../register/register-snapshot'
import { registerStub } from '../register/register-stub'
import { requireWriteBack, type PsaLine } from './psa-line'
import { psaFailure } from './psa-failure'

// Someone else writing the register between the read and the apply re-reads it; three is plenty.
const MAX_ATTEMPTS = 3

/**
 * Sends an approved change to the PSA (its adapter's calls, confirmed by reading the line back),
 * then records the line as the PSA now has it in the register: one `reconciliation` run with
 * before/after. A PSA refusal throws before the register is touched, in the PSA's words.
 */
export async function writeBack(
  env: Env,
  psa: PsaLine,
  change: BillingLineChange,
  actor: string,
): Promise<PsaLineChangeResult> {
  requireWriteBack(psa)
  const { adapter } = psa
  const plan = adapter.planBillingChange(change)
  if (!plan.ok)
    throw new AppError('invalid', `${adapter.label} cannot take this change: ${plan.reason}`)
  const applied = await adapter.applyBillingChange(psa.http, change).catch((error: unknown) => {
    throw psaFailure(error, adapter)
  })
  const recorded = await recordPsaLine(env, psa, applied.after, actor)
  return { ...recorded, writes: applied.writes }
}

/**
 * The register line brought in step with the PSA's line after a write: its quantity, billing
 * state, dates and PSA line id as read back. `runId` null when the register already had them.
 */
export async function recordPsaLine(
  env: Env,
  psa: PsaLine,
  after: ExternalBillingLine,
  actor: string,
): Promise<{ runId: string | null; line: BillingLine }> {
  const register = registerStub(env)
  const label = psa.adapter.label
  for (let attempt = 1; ; attempt++) {
    const snapshot = await readRegister(register)
    const current = snapshot.billingLines.find((l) => l.id === psa.line.id)
    if (!current) {
      throw new AppError(
        'conflict',
        `${label} took the change, but the line “${psa.line.description}” is no longer in the register. Import the connection's billing lines again.`,
      )
    }
    // A PSA that replaced the line (ConnectWise on a prorated agreement) is followed to the new
    // line, so the next import updates this one instead of finding a stranger.
    const moved =
      current.source.kind === 'psa' && current.source.externalId !== after.externalId
        ? { source: { ...current.source, externalId: after.externalId } }
        : {}
    // The dates too, as an import would set them: a replacing line starts on the change day.
    const edit = billingLineEdit(current, {
      quantity: after.quantity,
      inactive: after.inactive,
      startDate: after.startDate ?? null,
      endDate: after.endDate ?? null,
      ...moved,
    })
    if (!edit) return { runId: null, line: current }
    const result = await register.applyPlan({
      baseVersion: snapshot.version,
      plan: {
        kind: 'reconciliation',
        connectionId: psa.opened.connection.id,
        baseVersion: snapshot.version,
        operations: [edit],
        skipped: [],
        quarantine: [],
        summary: summarize([edit]),
      },
      actor,
      trigger: 'user',
    })
    if (result.ok) {
      const line = (await readRegister(register)).billingLines.find((l) => l.id === current.id)
      return { runId: result.runId, line: line ?? current }
    }
    if (result.reason !== 'stale' || attempt >= MAX_ATTEMPTS) {
      throw new AppError(
        'conflict',
        `${label} took the change, but the register could not record it: ${result.message} Import the connection's billing lines again to bring the register in step.`,
      )
    }
  }
}
