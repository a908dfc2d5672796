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

/** How many digest attempts the register keeps (newest first); older ones are dropped. */
export const DIGEST_SENDS_KEPT = 10

/**
 * One delivery of one digest attempt. A webhook is named by its service and host only: the URL
 * is a secret and is never recorded.
 */
export const DigestDeliverySchema = v.variant('channel', [
  v.object({
    channel: v.literal('webhook'),
    service: WebhookServiceSchema,
    host: v.string(),
    sent: v.boolean(),
    message: v.string(),
    status: v.optional(v.number()),
    /** Tries made, the first included (a nightly send is retried on 429, 5xx and no answer). */
    attempts: v.number(),
  }),
  v.object({
    channel: v.literal('email'),
    to: v.string(),
    sent: v.boolean(),
    message: v.string(),
    attempts: v.number(),
  }),
])
export type DigestDelivery = v.InferOutput<typeof DigestDeliverySchema>

/** One attempt to send a digest: the 06:00 cron's, or a test message from the settings screen. */
export const DigestSendSchema = v.object({
  /** When the attempt started (ISO instant). */
  at: v.string(),
  kind: v.picklist(['nightly', 'test']),
  /** The UTC day the digest covers (YYYY-MM-DD), as in its title. */
  day: v.string(),
  deliveries: v.array(DigestDeliverySchema),
})
export type DigestSend = v.InferOutput<typeof DigestSendSchema>

/** GET /api/digest/settings: where digests go. The webhook's URL is a secret; only its host shows. */
export const DigestSettingsViewSchema = v.object({
  webhook: v.nullable(v.object({ service: WebhookServiceSchema, host: v.string() })),
  /** The address digests are e-mailed to, when one is set. */
  email: v.nullable(v.object({ to: v.string() })),
  /** Whether this deployment can send e-mail (a `send_email` binding is configured). */
  emailAvailable: v.boolean(),
  /** The last DIGEST_SENDS_KEPT attempts, newest first. */
  sends: v.array(DigestSendSchema),
})
export type DigestSettingsView = v.InferOutput<typeof DigestSettingsViewSchema>

/**
 * PUT /api/digest/settings: a new webhook URL and/or e-mail address; null (or "") removes one,
 * an absent field keeps what is set.
 */
export const DigestSettingsInputSchema = v.object({
  webhookUrl: v.optional(
    v.nullable(
      v.pipe(v.string('must be text: paste the URL Slack or Teams gave you'), v.maxLength(2048)),
    ),
  ),
  email: v.optional(
    v.nullable(
      v.union(
        [
          v.literal(''),
          v.pipe(
            v.string(),
            v.trim(),
            v.maxLength(254),
            v.email('must be one e-mail address, such as ops@your-msp.example'),
          ),
        ],
        'must be one e-mail address, such as ops@your-msp.example',
      ),
    ),
  ),
})
export type DigestSettingsInput = v.InferOutput<typeof DigestSettingsInputSchema>

/** One delivery of a digest (to the webhook, or by e-mail): what happened, in words. */
export const DigestSendResultSchema = v.object({
  sent: v.boolean(),
  message: v.string(),
  /** The webhook's HTTP status when it answered. */
  status: v.optional(v.number()),
  /** Tries made when there was more than one (a nightly send is retried). */
  attempts: v.optional(v.number()),
})
export type DigestSendResult = v.InferOutput<typeof DigestSendResultSchema>

/** POST /api/digest/test: each configured delivery's outcome; absent where none is set. */
export const DigestTestResultSchema = v.object({
  webhook: v.optional(DigestSendResultSchema),
  email: v.optional(DigestSendResultSchema),
})
export type DigestTestResult = v.InferOutput<typeof DigestTestResultSchema>
