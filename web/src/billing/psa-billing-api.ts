import {
  PsaBillingPreviewSchema,
  type PsaBillingPreview,
  type PsaBillingPreviewBody,
} from '@seatkeeper/core'
import { parseWith } from '../api/parse-with'
import { sendJson } from '../api/send-json'

/**
 * The edge lists the PSA's billing lines (its credentials never reach the browser) and plans the
 * import against the register; Start sends that plan as it is to POST /api/register/plans.
 */
export function previewPsaBilling(
  connectionId: string,
  body: PsaBillingPreviewBody = {},
): Promise<PsaBillingPreview> {
  const path = `/api/connections/${encodeURIComponent(connectionId)}/billing-lines/preview` as const
  return sendJson('POST', path, body, parseWith(PsaBillingPreviewSchema, `POST ${path}`))
}
