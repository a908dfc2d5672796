import type { DigestSend } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '../ui/format-date-time'
import { digestSendSummary, digestSendWords } from './digest-send-words'

const NOT_FOUND =
  'Slack refused the digest (404: no_service). The webhook may have been removed or disabled: create a new incoming webhook in Slack and paste its URL here.'

const slack = (sent: boolean, more: { message?: string; attempts?: number } = {}) => ({
  channel: 'webhook' as const,
  service: 'slack' as const,
  host: 'hooks.slack.com',
  sent,
  message: more.message ?? (sent ? 'Slack accepted the digest (200).' : NOT_FOUND),
  attempts: more.attempts ?? 1,
})

const nightly = (at: string, deliveries: DigestSend['deliveries']): DigestSend => ({
  at,
  kind: 'nightly',
  day: at.slice(0, 10),
  deliveries,
})

describe('digestSendSummary', () => {
  it('says no digest has been sent before the first attempt', () => {
    expect(digestSendSummary([])).toEqual(['No digest has been sent yet.'])
  })

  it('says when and where the last digest went', () => {
    const at = '2026-12-03T06:00:00.000Z'
    const mail = {
      channel: 'email' as const,
      to: 'ops@msp.example',
      sent: true,
      message: 'E-mailed to ops@msp.example.',
      attempts: 1,
    }
    expect(digestSendSummary([nightly(at, [slack(true), mail])])).toEqual([
      `Last digest sent ${formatDateTime(at)} to Slack and by e-mail to ops@msp.example.`,
    ])
  })

  it("names the day of a nightly digest that was not sent and Slack's reason", () => {
    const sent = '2026-12-02T06:00:00.000Z'
    const failed = '2026-12-03T06:00:00.000Z'
    expect(
      digestSendSummary([nightly(failed, [slack(false)]), nightly(sent, [slack(true)])]),
    ).toEqual([
      `Last digest sent ${formatDateTime(sent)} to Slack.`,
      `The digest of ${formatDate('2026-12-03')} was not sent to Slack: ${NOT_FOUND}`,
    ])
  })

  it('keeps the failed nightly digest in view after a test message got through', () => {
    const test: DigestSend = {
      at: '2026-12-03T09:15:00.000Z',
      kind: 'test',
      day: '2026-12-03',
      deliveries: [slack(true)],
    }
    const lines = digestSendSummary([test, nightly('2026-12-03T06:00:00.000Z', [slack(false)])])
    expect(lines).toEqual([
      `Last digest sent ${formatDateTime(test.at)} to Slack (a test message).`,
      `The digest of ${formatDate('2026-12-03')} was not sent to Slack: ${NOT_FOUND}`,
    ])
  })

  it('says none was sent yet when every attempt failed', () => {
    expect(digestSendSummary([nightly('2026-12-03T06:00:00.000Z', [slack(false)])])[0]).toBe(
      'No digest has been sent yet.',
    )
  })
})

describe('digestSendWords', () => {
  it('counts the tries of a post that went through after retries', () => {
    const at = '2026-12-03T06:00:00.000Z'
    expect(digestSendWords(nightly(at, [slack(true, { attempts: 2 })]))).toBe(
      `${formatDateTime(at)}. Nightly digest sent to Slack after 2 tries`,
    )
  })

  it('gives the reason of a delivery that was not sent, never a field key', () => {
    const words = digestSendWords(nightly('2026-12-03T06:00:00.000Z', [slack(false)]))
    expect(words).toContain(`Nightly digest not sent to Slack: ${NOT_FOUND}`)
    expect(words).not.toMatch(/webhook:|sent: false|channel/)
  })
})
