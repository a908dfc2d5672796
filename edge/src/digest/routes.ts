import { DigestSettingsInputSchema, type DigestSettingsView } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { parseBody } from '../http/parse-body'
import { isLocalMode } from '../http/runtime-env'
import { deleteDigestWebhook, readDigestWebhookMeta, saveDigestWebhook } from '../vault'
import { gatherDigest } from './gather-digest'
import { sendDigest } from './send-digest'
import { webhookTarget } from './webhook-target'

/** /api/digest: where the daily digest goes, its preview, and a test message (docs/api.md "Digest"). */
export const digestRoutes = new Hono<AppEnv>()

digestRoutes.get('/settings', async (c) => {
  const view: DigestSettingsView = { webhook: await readDigestWebhookMeta(c.env) }
  return c.json(view)
})

digestRoutes.put('/settings', async (c) => {
  const { webhookUrl } = await parseBody(c, DigestSettingsInputSchema)
  if (webhookUrl === null || webhookUrl.trim() === '') {
    await deleteDigestWebhook(c.env)
    return c.json({ webhook: null } satisfies DigestSettingsView)
  }
  const local = isLocalMode(c.env) && c.env.SANDBOX_ORIGIN ? c.env.SANDBOX_ORIGIN : undefined
  const target = webhookTarget(webhookUrl, local)
  if (!target.ok) throw new AppError('invalid', target.message, { field: 'webhookUrl' })
  // Nothing leaves a development machine: local mode posts only to the sandbox's sink.
  if (local && target.service !== 'sandbox') {
    throw new AppError(
      'invalid',
      `In local mode digests go only to the sandbox's sink, ${local}/_digest, so nothing reaches a real channel from a development machine.`,
      { field: 'webhookUrl' },
    )
  }
  await saveDigestWebhook(c.env, target)
  return c.json({
    webhook: { service: target.service, host: target.host },
  } satisfies DigestSettingsView)
})

digestRoutes.get('/preview', async (c) => c.json(await gatherDigest(c.env, Date.now())))

digestRoutes.post('/test', async (c) => {
  if (!(await readDigestWebhookMeta(c.env))) {
    throw new AppError(
      'invalid',
      'Save a Slack or Teams webhook URL before sending a test message.',
      {
        field: 'webhookUrl',
      },
    )
  }
  const digest = await gatherDigest(c.env, Date.now())
  const title = `Test message from Seatkeeper. ${digest.title}`
  return c.json(
    await sendDigest(c.env, { ...digest, title, text: digest.text.replace(digest.title, title) }),
  )
})
