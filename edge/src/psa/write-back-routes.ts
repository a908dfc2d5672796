import {
  PsaLineChangeBodySchema,
  PsaLineUndoBodySchema,
  type PsaLineChangePreview,
  type PsaLineChangeResult,
  type UpdateBillingLine,
} from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { registerStub } from '../register/register-stub'
import { openPsaLine, requireWriteBack } from './psa-line'
import { psaFailure } from './psa-failure'
import { recordPsaLine, writeBack } from './write-back'

/**
 * Write-back of an approved change to a PSA-owned line (docs/api.md "PSA write-back"), mounted at
 * /api/billing: preview the exact calls, apply them through the edge (credentials never reach the
 * browser) and record before/after in the ledger, undo with the PSA's inverse change.
 */
export const psaWriteBackRoutes = new Hono<AppEnv>()

psaWriteBackRoutes.post('/lines/:id/psa-change/preview', async (c) => {
  const body = await parseBody(c, PsaLineChangeBodySchema)
  const psa = await openPsaLine(c.env, c.req.param('id'))
  const { adapter, external } = psa
  const plan = adapter.planBillingChange({ line: external, ...body })
  if (!plan.ok)
    return c.json({
      ok: false,
      psa: adapter.label,
      reason: plan.reason,
    } satisfies PsaLineChangePreview)
  // How the change would be undone, worked out on the line as it would read afterwards.
  const undo = adapter.undoOf(
    {
      ...external,
      quantity: body.quantity ?? external.quantity,
      inactive: body.inactive ?? external.inactive,
    },
    external,
  )
  return c.json({
    ok: true,
    psa: adapter.label,
    writes: plan.writes,
    undo:
      'reason' in undo
        ? undo.reason
        : `Undo sends ${adapter.label} the change back to ${external.quantity} (${external.inactive ? 'not billing' : 'billing'}).`,
    writeBack: psa.writeBack,
  } satisfies PsaLineChangePreview)
})

psaWriteBackRoutes.post('/lines/:id/psa-change', async (c) => {
  const body = await parseBody(c, PsaLineChangeBodySchema)
  const psa = await openPsaLine(c.env, c.req.param('id'))
  const result = await writeBack(c.env, psa, { line: psa.external, ...body }, c.get('actor'))
  return c.json(result satisfies PsaLineChangeResult)
})

psaWriteBackRoutes.post('/lines/:id/psa-change/undo', async (c) => {
  const { runId } = await parseBody(c, PsaLineUndoBodySchema)
  const lineId = c.req.param('id')
  const register = registerStub(c.env)
  const head = unwrap(await register.getRunHead(runId))
  if (head.run.undoneBy)
    throw new AppError('conflict', `Run ${runId} was already undone by run ${head.run.undoneBy}.`)
  const page = await register.runOperationsPage(runId, 0, 50, 1_000_000)
  const edit = page.rows
    .map((row) => JSON.parse(row) as { op: string; lineId?: string })
    .find((op): op is UpdateBillingLine => op.op === 'updateBillingLine' && op.lineId === lineId)
  if (!edit) {
    throw new AppError(
      'invalid',
      `Run ${runId} did not change this billing line: undo the run that did.`,
      {
        field: 'runId',
      },
    )
  }
  const psa = await openPsaLine(c.env, lineId)
  const { adapter, external } = psa
  // The run may have moved the line to a new PSA line (a replaced ConnectWise addition): `before`
  // names the one it replaced, which the PSA's undo may bill again.
  const replaced = edit.before.source?.kind === 'psa' ? edit.before.source.externalId : undefined
  const before = {
    ...external,
    ...(replaced !== undefined ? { externalId: replaced } : {}),
    quantity: edit.before.quantity ?? external.quantity,
    inactive: edit.before.inactive ?? external.inactive,
  }
  const change = adapter.undoOf(external, before)
  if ('reason' in change)
    throw new AppError('conflict', `${adapter.label} cannot undo this: ${change.reason}`)
  requireWriteBack(psa)
  const applied = await adapter.applyBillingChange(psa.http, change).catch((error: unknown) => {
    throw psaFailure(error, adapter)
  })
  // The ledger's own undo, so the run reads as undone; then the line as the PSA has it now.
  const undone = unwrap(await register.undoRun(runId, c.get('actor')))
  const recorded = await recordPsaLine(c.env, psa, applied.after, c.get('actor'))
  return c.json({
    runId: undone.runId ?? recorded.runId,
    writes: applied.writes,
    line: recorded.line,
  } satisfies PsaLineChangeResult)
})
