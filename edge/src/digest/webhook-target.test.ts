import { describe, expect, it } from 'vitest'
import { webhookTarget } from './webhook-target'

describe('webhookTarget', () => {
  it('accepts Slack incoming webhooks and Teams Workflows webhooks, naming the service', () => {
    expect(webhookTarget('https://hooks.slack.com/services/T0/B0/xyz')).toMatchObject({
      ok: true,
      service: 'slack',
      host: 'hooks.slack.com',
    })
    expect(
      webhookTarget(
        'https://942ead.4a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/b9/triggers/manual/paths/invoke?sig=x',
      ),
    ).toMatchObject({
      ok: true,
      service: 'teams',
      host: '942ead.4a.environment.api.powerplatform.com',
    })
    expect(
      webhookTarget(
        'https://prod-23.westeurope.logic.azure.com/workflows/1/triggers/manual/paths/invoke',
      ),
    ).toMatchObject({ ok: true, service: 'teams' })
  })

  it('refuses http, other hosts, look-alike hosts and credentials in the URL', () => {
    expect(webhookTarget('http://hooks.slack.com/services/T0/B0/xyz')).toEqual({
      ok: false,
      message: 'Use https. Slack webhook URLs start with https://hooks.slack.com/services/….',
    })
    for (const url of [
      'https://hooks.slack.com.evil.example/services/x',
      'https://evil.example/?hooks.slack.com',
      'https://notlogic.azure.com/workflows/1',
      'https://user@hooks.slack.com/services/x',
      'https://hooks.slack.com:8443/services/x',
    ]) {
      expect(webhookTarget(url).ok, url).toBe(false)
    }
    expect(webhookTarget('https://evil.example/x')).toMatchObject({
      message: expect.stringMatching(/^evil\.example is not a Slack or Teams webhook host/),
    })
  })

  it('says Office 365 connector webhooks are retired and where to get a new one', () => {
    expect(webhookTarget('https://contoso.webhook.office.com/webhookb2/abc')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Microsoft retired the Office 365 connector webhooks'),
    })
  })

  it('allows the sandbox sink only when a sandbox origin is given (local mode)', () => {
    expect(webhookTarget('http://127.0.0.1:8790/_digest', 'http://127.0.0.1:8790')).toMatchObject({
      ok: true,
      service: 'sandbox',
    })
    expect(webhookTarget('http://127.0.0.1:8790/_digest').ok).toBe(false)
    expect(webhookTarget('http://127.0.0.1:8790/other', 'http://127.0.0.1:8790').ok).toBe(false)
  })
})
