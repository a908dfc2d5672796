import { ConnectionListSchema } from '@seatkeeper/core'
import { psaSandboxCatalogue } from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { api, sherwebBody } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { openConnection } from '../../src/vault'
import { clearConnections } from '../vault/vault-env'

installOutbound({ [SANDBOX_ORIGIN]: testSandbox().handler })
const LOCAL = { SANDBOX_ORIGIN }
const halo = psaSandboxCatalogue.find((e) => e.id === 'halopsa')!

function haloBody(name = 'Halo') {
  return { distributor: 'halopsa', name, ...halo.credentials }
}

describe('PSA connections', () => {
  beforeEach(clearConnections)

  it('POST /api/connections keeps a HaloPSA connection in the vault like a distributor’s, secrets out of the answer', async () => {
    const created = await api('POST', '/api/connections', haloBody(), LOCAL)
    expect(created.status, created.text).toBe(201)
    expect(created.body).toMatchObject({
      kind: 'psa',
      distributor: 'halopsa',
      distributorLabel: 'HaloPSA',
      config: halo.credentials.config,
      secrets: { clientSecret: true },
    })
    expect(created.text).not.toContain(halo.credentials.secrets.clientSecret)
    const opened = await openConnection(env, created.body.id)
    expect(opened.kind).toBe('psa')
    expect(opened.credentials.secrets).toEqual(halo.credentials.secrets)
    // Sealed at rest: the KV value never holds the secret in clear.
    expect(await env.CREDENTIALS.get(`connection:${created.body.id}`)).not.toContain(
      halo.credentials.secrets.clientSecret,
    )
  })

  it('GET /api/connections says which kind each connection is', async () => {
    await api('POST', '/api/connections', sherwebBody({ clientSecret: 'a', subscriptionKey: 'b' }))
    for (const entry of psaSandboxCatalogue) {
      const created = await api(
        'POST',
        '/api/connections',
        { distributor: entry.id, name: `${entry.id} sandbox`, ...entry.credentials },
        LOCAL,
      )
      expect(created.status, created.text).toBe(201)
    }
    const list = v.parse(ConnectionListSchema, (await api('GET', '/api/connections')).body)
    expect(list.connections.map((c) => [c.distributorLabel, c.kind]).sort()).toEqual([
      ['Autotask', 'psa'],
      ['ConnectWise PSA', 'psa'],
      ['HaloPSA', 'psa'],
      ['Sherweb', 'distributor'],
    ])
  })

  it('POST /api/connections refuses a Halo tenant that is a URL to another host, naming the field and not echoing it', async () => {
    const answer = await api('POST', '/api/connections', {
      ...haloBody(),
      config: { ...halo.credentials.config, environment: 'production', tenant: 'evil.example/x' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.message).toMatch(/first part of your Halo address/)
    expect(answer.text).not.toContain('evil.example')
  })

  it('PATCH /api/connections/:id keeps the PSA secret when it is sent empty', async () => {
    const created = await api('POST', '/api/connections', haloBody(), LOCAL)
    const patched = await api(
      'PATCH',
      `/api/connections/${created.body.id}`,
      { name: 'Halo renamed', secrets: { clientSecret: '' } },
      LOCAL,
    )
    expect(patched.status, patched.text).toBe(200)
    expect(patched.body).toMatchObject({ kind: 'psa', name: 'Halo renamed' })
    expect((await openConnection(env, created.body.id)).credentials.secrets).toEqual(
      halo.credentials.secrets,
    )
  })

  it('POST /api/connections answers 400 naming distributor for an id no distributor or PSA has', async () => {
    const answer = await api('POST', '/api/connections', {
      ...haloBody(),
      distributor: 'quickbooks',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({ field: 'distributor' })
    expect(answer.body.error.message).toContain('no distributor or PSA "quickbooks"')
  })
})
