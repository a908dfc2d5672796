import type { Digest, DigestSendResult } from '@seatkeeper/core'

const KV_KEY = 'digest:email'

/** Whether this deployment can e-mail digests: the binding and a From address are configured. */
export function emailAvailable(env: Pick<Env, 'DIGEST_EMAIL' | 'DIGEST_EMAIL_FROM'>): boolean {
  return Boolean(env.DIGEST_EMAIL && env.DIGEST_EMAIL_FROM)
}

/** The address digests are e-mailed to; kept beside the webhook in the CREDENTIALS namespace. */
export async function readDigestEmail(env: Pick<Env, 'CREDENTIALS'>): Promise<string | null> {
  return env.CREDENTIALS.get(KV_KEY)
}

export async function saveDigestEmail(
  env: Pick<Env, 'CREDENTIALS'>,
  to: string | null,
): Promise<void> {
  if (to) await env.CREDENTIALS.put(KV_KEY, to)
  else await env.CREDENTIALS.delete(KV_KEY)
}

/** E-mails `digest` as plain text through the send_email binding, and says what happened. */
export async function emailDigest(env: Env, digest: Digest, to: string): Promise<DigestSendResult> {
  if (!env.DIGEST_EMAIL || !env.DIGEST_EMAIL_FROM) {
    return {
      sent: false,
      message:
        'This deployment has no send_email binding (DIGEST_EMAIL) and From address; nothing was e-mailed.',
    }
  }
  try {
    await env.DIGEST_EMAIL.send({
      from: { email: env.DIGEST_EMAIL_FROM, name: 'Seatkeeper' },
      to,
      subject: digest.title,
      text: digest.text,
    })
    return { sent: true, message: `E-mailed to ${to}.` }
  } catch (error) {
    // Cloudflare refuses an unverified destination or a From outside the Email Routing domain.
    const why = error instanceof Error && error.message ? `: ${error.message}` : ''
    return {
      sent: false,
      message: `Cloudflare did not send the e-mail to ${to}${why}. The address must be a verified destination of the domain's Email Routing.`,
    }
  }
}
