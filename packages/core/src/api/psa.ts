import * as v from 'valibot'
import { PlanSchema } from '../operations/plan'

/** POST /api/connections/:id/billing-lines/preview: every mapped company's lines, or one's. */
export const PsaBillingPreviewBodySchema = v.object({
  /** The PSA's id of the one company to import (an ExternalCustomer of the connection). */
  companyExternalId: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
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
