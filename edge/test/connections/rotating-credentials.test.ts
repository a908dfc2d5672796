import { tdsynnexSandboxCredentials as sandbox } from '@seatkeeper/sandbox'
import { beforeEach, describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { clearConnections } from '../vault/vault-env'
import { api } from './local-api'

installOutbound({ [SANDBOX_ORIGIN]: testSandbox().handler })
const LOCAL = { SANDBOX_ORIGIN }

describe('a connection whose refresh token rotates (TD SYNNEX)', () => {
  beforeEach(clearConnections)

  it('GET /api/connections/:id shows the days left after Test Configuration renewed the token, and tests again with the new one', async () => {
    const created = await api(
      'POST',
      '/api/connections',
      {
        distributor: 'tdsynnex',
        name: 'ION sandbox',
        config: sandbox.config,
        secrets: sandbox.secrets,
      },
      LOCAL,
    )
    expect(created.status, created.text).toBe(201)
    const id = created.body.id as string
    expect(created.body.credentialsDaysLeft).toBeUndefined()
    const tests = await Promise.all([
      api('POST', `/api/connections/${id}/test`, {}, LOCAL),
      api('POST', `/api/connections/${id}/test`, {}, LOCAL),
    ])
    for (const answer of tests) expect(answer.body, answer.text).toMatchObject({ ok: true })
    const again = await api('POST', `/api/connections/${id}/test`, {}, LOCAL)
    expect(again.body, again.text).toMatchObject({ ok: true })
    const view = await api('GET', `/api/connections/${id}`, undefined, LOCAL)
    // The simulator gives rotated tokens 30 days; a day may tick over while the test runs.
    expect([29, 30]).toContain(view.body.credentialsDaysLeft)
    expect(view.text).not.toContain(sandbox.secrets.refreshToken)
  })
})
