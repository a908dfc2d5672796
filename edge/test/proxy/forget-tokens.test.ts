import { adapterById, createProxyHttp, type FetchLike } from '@seatkeeper/distributors'
import { sandboxCatalogue } from '@seatkeeper/sandbox'
import { beforeEach, describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { connectionTokens, tokenCacheKey } from '../../src/http/connection-tokens'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { createSandboxConnection, localEnv, ORIGIN } from './sandbox-connection'

const sandbox = testSandbox()
// The client secrets the Sherweb simulator's token endpoint was sent, in order.
const logins: string[] = []
installOutbound({
  [SANDBOX_ORIGIN]: async (request) => {
    if (new URL(request.url).pathname.endsWith('/connect/token')) {
      const form = new TextDecoder().decode(await request.clone().arrayBuffer())
      logins.push(new URLSearchParams(form).get('client_secret') ?? '')
    }
    return sandbox.handler(request)
  },
})

const browserFetch: FetchLike = async (input, init) => {
  const headers = new Headers(init?.headers)
  if (init?.method && init.method !== 'GET') headers.set('origin', ORIGIN)
  return app.request(new URL(input.toString(), ORIGIN).toString(), { ...init, headers }, localEnv)
}

function listCustomers(connectionId: string) {
  const adapter = adapterById('sherweb')!
  const http = createProxyHttp({
    distributor: 'sherweb',
    label: adapter.label,
    connectionId,
    fetch: browserFetch,
    sleep: async () => {},
    random: () => 0,
  })
  return adapter.listCustomers(http)
}

async function write(method: 'PATCH' | 'DELETE', connectionId: string, body: unknown) {
  const response = await app.request(
    `${ORIGIN}/api/connections/${connectionId}`,
    {
      method,
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
    localEnv,
  )
  expect(response.status).toBe(200)
  return (await response.json()) as { id: string; updatedAt: string }
}

async function readConnection(connectionId: string) {
  const response = await app.request(`${ORIGIN}/api/connections/${connectionId}`, {}, localEnv)
  return (await response.json()) as { id: string; updatedAt: string }
}

describe('a connection’s cached upstream token', () => {
  const sandboxSecret = () =>
    sandboxCatalogue.find((e) => e.id === 'sherweb')!.credentials.secrets.clientSecret!
  let id: string
  beforeEach(async () => {
    logins.length = 0
    id = await createSandboxConnection('sherweb')
  })

  it('is reused for the next proxied calls', async () => {
    await listCustomers(id)
    await listCustomers(id)
    expect(logins).toHaveLength(1)
  })

  it('is dropped by PATCH, so the next proxied call logs in with the new secret', async () => {
    const original = await readConnection(id)
    await listCustomers(id)
    expect(logins).toEqual([sandboxSecret()])

    await write('PATCH', id, { secrets: { clientSecret: 'rotated-client-secret' } })
    expect(
      connectionTokens.get(tokenCacheKey({ id, updatedAt: original.updatedAt })),
    ).toBeUndefined()
    // The simulator knows only the sandbox secret, so the new one is refused: proof it was sent.
    await expect(listCustomers(id)).rejects.toMatchObject({ kind: 'auth' })
    expect(logins.slice(1)).toEqual(['rotated-client-secret'])

    await write('PATCH', id, { secrets: { clientSecret: sandboxSecret() } })
    expect((await listCustomers(id)).items.length).toBeGreaterThan(0)
    expect(logins.at(-1)).toBe(sandboxSecret())
  })

  it('is dropped by DELETE, whatever key it was kept under', async () => {
    await listCustomers(id)
    const view = await readConnection(id)
    expect(connectionTokens.get(tokenCacheKey({ id, updatedAt: view.updatedAt }))).toBeDefined()
    // A token kept under the bare id (as a cache key without the record version would be).
    connectionTokens.set(id, 'integrator-token', Date.now() + 60_000)

    await write('DELETE', id, {})
    expect(connectionTokens.get(tokenCacheKey({ id, updatedAt: view.updatedAt }))).toBeUndefined()
    expect(connectionTokens.get(id)).toBeUndefined()
  })
})
