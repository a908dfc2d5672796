import type { Digest, WebhookService } from '@seatkeeper/core'

// Slack's limits for a section block's text and a header's (api.slack.com/reference/block-kit).
const SLACK_SECTION_MAX = 3000
const SLACK_HEADER_MAX = 150

/**
 * The digest in the format of the service it is posted to. Slack: `text` (notifications and
 * clients without blocks) plus blocks, a header and one section per digest section. Teams: an
 * Adaptive Card in a `message` envelope, the shape the Workflows webhook ("Post to a channel when
 * a webhook request is received") posts; the older MessageCard belonged to the retired Office 365
 * connectors, and Workflows renders only part of it. The sandbox sink gets the digest as is.
 */
export function webhookPayload(service: WebhookService, digest: Digest): unknown {
  if (service === 'slack') {
    return {
      text: digest.text,
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: clip(digest.title, SLACK_HEADER_MAX) },
        },
        ...digest.sections.map((s) => ({
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: clip(
              `*${escapeSlack(s.heading)}*\n${s.lines.map((l) => `• ${escapeSlack(l)}`).join('\n')}`,
              SLACK_SECTION_MAX,
            ),
          },
        })),
      ],
    }
  }
  if (service === 'teams') {
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              {
                type: 'TextBlock',
                text: digest.title,
                weight: 'Bolder',
                size: 'Medium',
                wrap: true,
              },
              ...digest.sections.flatMap((s) => [
                {
                  type: 'TextBlock',
                  text: s.heading,
                  weight: 'Bolder',
                  spacing: 'Medium',
                  wrap: true,
                },
                ...s.lines.map((l) => ({
                  type: 'TextBlock',
                  text: `- ${l}`,
                  wrap: true,
                  spacing: 'Small',
                })),
              ]),
            ],
          },
        },
      ],
    }
  }
  return digest
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`)

// Slack's mrkdwn treats &, < and > as control characters (api.slack.com "Formatting text").
const escapeSlack = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
