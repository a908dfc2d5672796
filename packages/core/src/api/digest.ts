import * as v from 'valibot'

/** Where a digest webhook posts: the service decides the payload's format. */
export const WebhookServiceSchema = v.picklist(['slack', 'teams', 'sandbox'])
export type WebhookService = v.InferOutput<typeof WebhookServiceSchema>

/** The section of a digest: a heading and its lines, each a sentence. */
export const DigestSectionSchema = v.object({ heading: v.string(), lines: v.array(v.string()) })

/** GET /api/digest/preview: the digest as tonight's would read now. */
export const DigestSchema = v.object({
  title: v.string(),
  sections: v.array(DigestSectionSchema),
  text: v.string(),
})

/** GET /api/digest/settings: where digests go. The webhook's URL is a secret; only its host shows. */
export const DigestSettingsViewSchema = v.object({
  webhook: v.nullable(v.object({ service: WebhookServiceSchema, host: v.string() })),
})
export type DigestSettingsView = v.InferOutput<typeof DigestSettingsViewSchema>

/** PUT /api/digest/settings: a new webhook URL, or null to stop sending digests. */
export const DigestSettingsInputSchema = v.object({
  webhookUrl: v.nullable(
    v.pipe(
      v.string('The webhook URL must be text: paste the URL Slack or Teams gave you.'),
      v.maxLength(2048, 'The webhook URL is longer than 2,048 characters; paste it again.'),
    ),
  ),
})
export type DigestSettingsInput = v.InferOutput<typeof DigestSettingsInputSchema>

/** POST /api/digest/test and what the nightly send records: what happened, in words. */
export const DigestSendResultSchema = v.object({
  sent: v.boolean(),
  message: v.string(),
  /** The webhook's HTTP status when it answered. */
  status: v.optional(v.number()),
})
export type DigestSendResult = v.InferOutput<typeof DigestSendResultSchema>
