import * as v from 'valibot'
import { BillingLineSchema } from '../model/billing'
import { ExternalCustomerSchema } from '../model/external'
import { QuantitySchema } from '../model/register-text'
import { PlanSchema } from '../operations/plan'

/** POST /api/connections/:id/billing-lines/preview: every mapped company's lines, or one's. */
export const PsaBillingPreviewBodySchema = v.object({
  /** The PSA's id of the one company to import (an ExternalCustomer of the connection). */
  companyExternalId: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  /** The billing currency of lines whose PSA says none (Autotask): three letters, e.g. AUD. */
  currency: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO-4217 code such as AUD'),
    ),
  ),
})
export type PsaBillingPreviewBody = v.InferInput<typeof PsaBillingPreviewBodySchema>

/**
 * The import plan of a PSA's billing lines, to preview and then send as it is to
 * POST /api/register/plans (Start). `complete: false` with `problems` says what the PSA could not
 * list; the plan then makes no line inactive.
 */
export const PsaBillingPreviewSchema = v.object({
  plan: PlanSchema,
  complete: v.boolean(),
  problems: v.array(v.string()),
})
export type PsaBillingPreview = v.InferOutput<typeof PsaBillingPreviewSchema>

/** What a person approved for a PSA-owned line: its new quantity and/or whether it still bills. */
export const PsaLineChangeBodySchema = v.pipe(
  v.object({
    quantity: v.optional(QuantitySchema),
    inactive: v.optional(v.boolean('must be true or false')),
  }),
  v.check(
    (body) => body.quantity !== undefined || body.inactive !== undefined,
    'must say the new quantity, whether the line still bills, or both',
  ),
)
export type PsaLineChangeBody = v.InferInput<typeof PsaLineChangeBodySchema>

/** One exact call to the PSA, as the preview shows it (method, path, body: no credentials). */
export const PsaWriteViewSchema = v.object({
  call: v.string(),
  method: v.picklist(['POST', 'PATCH']),
  path: v.string(),
  body: v.unknown(),
  explanation: v.string(),
})
export type PsaWriteView = v.InferOutput<typeof PsaWriteViewSchema>

/**
 * POST /api/billing/lines/:id/psa-change/preview: the calls the change would send and how it
 * would be undone, or why the PSA cannot take it (an answer, not an error: the person asked).
 */
export const PsaLineChangePreviewSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    psa: v.string(),
    writes: v.array(PsaWriteViewSchema),
    /** How an undo would restore the line, or why it cannot (Autotask: an opposite adjustment). */
    undo: v.string(),
    /** Whether the connection's write-back is on; off, applying is refused. */
    writeBack: v.boolean(),
  }),
  v.object({ ok: v.literal(false), psa: v.string(), reason: v.string() }),
])
export type PsaLineChangePreview = v.InferOutput<typeof PsaLineChangePreviewSchema>

/** POST /api/billing/lines/:id/psa-change and …/psa-change/undo: what was sent, the line after. */
export const PsaLineChangeResultSchema = v.object({
  /** The register's run recording before/after (null when the register already matched). */
  runId: v.nullable(v.string()),
  writes: v.array(PsaWriteViewSchema),
  line: BillingLineSchema,
})
export type PsaLineChangeResult = v.InferOutput<typeof PsaLineChangeResultSchema>

/** POST /api/billing/lines/:id/psa-change/undo: the write-back run to take back. */
export const PsaLineUndoBodySchema = v.object({ runId: v.pipe(v.string(), v.minLength(1)) })

/**
 * GET /api/connections/:id/companies: the PSA's companies as the register maps them (a PSA company
 * is an ExternalCustomer), listed by the edge, which finds the PSA's hosts itself (ConnectWise's
 * codebase, Autotask's zone) instead of the browser asking through the proxy.
 */
export const PsaCompanyListSchema = v.object({
  items: v.array(ExternalCustomerSchema),
  complete: v.boolean(),
  problems: v.array(v.string()),
})
export type PsaCompanyList = v.InferOutput<typeof PsaCompanyListSchema>
