import type { WebhookService } from '@seatkeeper/core'

export type WebhookTarget =
  { ok: true; service: WebhookService; host: string; url: string } | { ok: false; message: string }

/**
 * The hosts a digest may be posted to (docs/security.md "Digest webhooks"): Slack's one incoming
 * webhook host, and the hosts Microsoft's Teams Workflows give webhook URLs on, one per tenant
 * region or environment, so those are matched as a dot-bounded suffix.
 */
export const SLACK_WEBHOOK_HOST = 'hooks.slack.com'
export const TEAMS_WEBHOOK_HOST_SUFFIXES = [
  '.environment.api.powerplatform.com',
  '.logic.azure.com',
]

const SLACK_HINT = 'Slack webhook URLs start with https://hooks.slack.com/services/…'
const TEAMS_HINT =
  'Teams webhook URLs come from the Workflows app ("Post to a channel when a webhook request is received") and end in .environment.api.powerplatform.com or .logic.azure.com'

/**
 * Whether `raw` is a webhook URL the digest may post to, and to which service. `sandboxOrigin`
 * is given only in local mode: the sandbox's /_digest sink is then allowed too.
 */
export function webhookTarget(raw: string, sandboxOrigin?: string): WebhookTarget {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, message: `That is not a web address. ${SLACK_HINT}; ${TEAMS_HINT}.` }
  }
  if (sandboxOrigin && url.origin === sandboxOrigin && url.pathname === '/_digest') {
    return { ok: true, service: 'sandbox', host: url.host, url: url.href }
  }
  const host = url.hostname.toLowerCase()
  const isSlack = host === SLACK_WEBHOOK_HOST || host.endsWith('.slack.com')
  const isTeams =
    TEAMS_WEBHOOK_HOST_SUFFIXES.some((s) => host.endsWith(s)) || host.endsWith('.office.com')
  const hint = isSlack ? SLACK_HINT : isTeams ? TEAMS_HINT : `${SLACK_HINT}; ${TEAMS_HINT}`
  if (url.protocol !== 'https:') return { ok: false, message: `Use https. ${hint}.` }
  if (url.username || url.password || url.port) {
    return { ok: false, message: `The address must not carry a user name or port. ${hint}.` }
  }
  if (host === SLACK_WEBHOOK_HOST) {
    if (!url.pathname.startsWith('/services/') && !url.pathname.startsWith('/triggers/'))
      return { ok: false, message: `${SLACK_HINT}.` }
    return { ok: true, service: 'slack', host, url: url.href }
  }
  if (TEAMS_WEBHOOK_HOST_SUFFIXES.some((s) => host.endsWith(s))) {
    return { ok: true, service: 'teams', host, url: url.href }
  }
  if (host.endsWith('.webhook.office.com') || host === 'outlook.office.com') {
    return {
      ok: false,
      message: `Microsoft retired the Office 365 connector webhooks of Teams. ${TEAMS_HINT}.`,
    }
  }
  return { ok: false, message: `${url.host} is not a Slack or Teams webhook host. ${hint}.` }
}
