import type { DigestDelivery, DigestSend } from '@seatkeeper/core'
import { formatDate, formatDateTime } from '../ui/format-date-time'

const SERVICE_WORDS = { slack: 'Slack', teams: 'Microsoft Teams', sandbox: "the sandbox's sink" }

/** Where one delivery went, as the end of a sentence: "to Slack", "by e-mail to ops@…". */
export function deliveryTarget(delivery: DigestDelivery): string {
  return delivery.channel === 'webhook'
    ? `to ${SERVICE_WORDS[delivery.service]}`
    : `by e-mail to ${delivery.to}`
}

/** Which digest an attempt sent, as a sentence's subject: "The digest of 3 Dec 2026". */
function which(send: DigestSend): string {
  return send.kind === 'nightly'
    ? `The digest of ${formatDate(send.day)}`
    : `The test message of ${formatDateTime(send.at)}`
}

/**
 * The screen's summary of the kept attempts (newest first): when a digest last went out and where,
 * then each delivery of the newest attempt, and of the newest nightly one, that was not sent, with
 * its reason. The nightly failure stays in view after a test message got through, until the next
 * night's digest is sent.
 */
export function digestSendSummary(sends: readonly DigestSend[]): string[] {
  if (sends.length === 0) return ['No digest has been sent yet.']
  const lines: string[] = []
  const lastSent = sends.find((s) => s.deliveries.some((d) => d.sent))
  if (lastSent) {
    const where = lastSent.deliveries.filter((d) => d.sent).map(deliveryTarget)
    const test = lastSent.kind === 'test' ? ' (a test message)' : ''
    lines.push(`Last digest sent ${formatDateTime(lastSent.at)} ${where.join(' and ')}${test}.`)
  } else {
    lines.push('No digest has been sent yet.')
  }
  const nightly = sends.find((s) => s.kind === 'nightly')
  for (const send of new Set([sends[0]!, ...(nightly ? [nightly] : [])])) {
    for (const d of send.deliveries.filter((d) => !d.sent)) {
      lines.push(`${which(send)} was not sent ${deliveryTarget(d)}: ${d.message}`)
    }
  }
  return lines
}

/** One attempt in the list of recent ones: when, which, and each delivery's outcome. */
export function digestSendWords(send: DigestSend): string {
  const what = send.kind === 'nightly' ? 'Nightly digest' : 'Test message'
  const outcomes = send.deliveries.map((d) => {
    const tries = d.attempts > 1 ? ` after ${d.attempts} tries` : ''
    return d.sent
      ? `sent ${deliveryTarget(d)}${tries}`
      : `not sent ${deliveryTarget(d)}${tries}: ${d.message}`
  })
  return `${formatDateTime(send.at)}. ${what} ${outcomes.join('; ')}`
}
