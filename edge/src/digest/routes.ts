import { DigestSettingsInputSchema, type DigestSettingsView } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { parseBody } from '../http/parse-body'
import { isLocalMode } from '../http/runtime-env'
import { registerStub } from '../register/register-stub'
import { deleteDigestWebhook, readDigestWebhookMeta, saveDigestWebhook } from '../vault'
import { gatherDigest } from './gather-digest'
import { deliverDigest, digestConfigured } from './deliver-digest'
import { emailAvailable, readDigestEmail, saveDigestEmail } from './digest-email'
import { webhookTarget } from './webhook-target'

/** /api/digest: where the daily digest goes, its preview, and a test message (docs/api.md "Digest"). */
export const digestRoutes = new Hono<AppEnv>()

async function settingsView(env: Env): Promise<DigestSettingsView> {
  const [webhook, to, sends] = await Promise.all([
    readDigestWebhookMeta(env),
    readDigestEmail(env),
    registerStub(env).listDigestSends(),
  ])
  return { webhook, email: to ? { to } : null, emailAvailable: emailAvailable(env), sends }
}

digestRoutes.get('/settings', async (c) => c.json(await settingsView(c.env)))

digestRoutes.put('/settings', async (c) => {
  const { webhookUrl, email } = await parseBody(c, DigestSettingsInputSchema)
  if (email !== undefined) {
    if (email && !emailAvailable(c.env)) {
      throw new AppError(
        'invalid',
        'This deployment cannot send e-mail: add the DIGEST_EMAIL send_email binding and DIGEST_EMAIL_FROM (README, "The daily digest"), or use a webhook.',
        { field: 'email' },
      )
    }
    await saveDigestEmail(c.env, email || null)
  }
  if (webhookUrl !== undefined) await saveWebhook(c.env, webhookUrl)
  return c.json(await settingsView(c.env))
})

async function saveWebhook(env: Env, webhookUrl: string | null): Promise<void> {
  if (webhookUrl === null || webhookUrl.trim() === '') return deleteDigestWebhook(env)
  const local = isLocalMode(env) && env.SANDBOX_ORIGIN ? env.SANDBOX_ORIGIN : undefined
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
  await saveDigestWebhook(env, target)
}

digestRoutes.get('/preview', async (c) => c.json(await gatherDigest(c.env, Date.now())))

digestRoutes.post('/test', async (c) => {
  if (!(await digestConfigured(c.env))) {
    throw new AppError(
      'invalid',
      'Save a Slack or Teams webhook URL (or an e-mail address) before sending a test message.',
      { field: 'webhookUrl' },
    )
  }
  const now = Date.now()
  const digest = await gatherDigest(c.env, now)
  const title = `Test message from Seatkeeper. ${digest.title}`
  // Tried once: the person who pressed the button is waiting, and can press it again.
  const test = { ...digest, title, text: digest.text.replace(digest.title, title) }
  return c.json(await deliverDigest(c.env, test, { kind: 'test', now }))
})
