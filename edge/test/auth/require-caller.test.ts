import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { clearAccessKeys } from '../../src/auth/access-keys'
import { installOutbound } from '../support/outbound'
import { createTestSigner, TEAM_DOMAIN, unsignedToken, validClaims } from './test-access-team'

const signer = await createTestSigner('team-key-1')
const outbound = installOutbound({
  [TEAM_DOMAIN]: async (request) =>
    new URL(request.url).pathname === '/cdn-cgi/access/certs'
      ? Response.json(await signer.jwks())
      : new Response('not found', { status: 404 }),
})

const HOST = 'https://seatkeeper.msp.example'

function call(path: string, token?: string, init: RequestInit = {}, bindings: Partial<Env> = {}) {
  const headers = new Headers(init.headers)
  if (token !== undefined) headers.set('cf-access-jwt-assertion', token)
  return app.request(`${HOST}${path}`, { ...init, headers }, { ...env, ...bindings })
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error: { message: string } }
  return body.error.message
}

describe('Cloudflare Access in production', () => {
  beforeEach(() => {
    clearAccessKeys()
  })

  it('GET /api/health answers 200 to a caller with a valid Access token', async () => {
    const response = await call('/api/health', await signer.sign())
    expect(response.status).toBe(200)
    expect(outbound.requests.map((r) => r.url)).toEqual([`${TEAM_DOMAIN}/cdn-cgi/access/certs`])
  })

  it('GET /api/health answers 401 without an Access token, saying how to sign in', async () => {
    const response = await call('/api/health')
    expect(response.status).toBe(401)
    expect(await messageOf(response)).toMatch(/Sign in through Cloudflare Access/)
    expect(outbound.requests).toEqual([])
  })

  it('GET /api/health answers 401 to an expired token, saying to sign in again', async () => {
    const jwt = await signer.sign({ exp: Math.floor(Date.now() / 1000) - 3600 })
    const response = await call('/api/health', jwt)
    expect(response.status).toBe(401)
    const text = await response.text()
    expect(text).toMatch(/has expired.*sign in through Cloudflare Access again/)
    expect(text).not.toContain(jwt)
  })

  const refused: Array<[string, () => Promise<string>]> = [
    ['another application’s audience', () => signer.sign({ aud: ['other-app'] })],
    ['another team as issuer', () => signer.sign({ iss: 'https://evil.cloudflareaccess.com' })],
    ['alg none', async () => unsignedToken({ alg: 'none', kid: 'team-key-1' }, validClaims())],
    ['a bad signature', async () => (await signer.sign()).slice(0, -6) + 'AAAAAA'],
    ['an unknown kid', () => signer.sign({}, { kid: 'rotated-away' })],
    ['a malformed token', async () => 'not-a-jwt'],
  ]
  for (const [what, token] of refused) {
    it(`GET /api/health answers 403 to ${what}, without echoing the token`, async () => {
      const jwt = await token()
      const response = await call('/api/health', jwt)
      expect(response.status).toBe(403)
      const text = await response.text()
      expect(text).toMatch(/sign in through Cloudflare Access again/)
      expect(text).not.toContain(jwt)
    })
  }

  it('POST answers 403 to a forged token before any route sees the write', async () => {
    const response = await call('/api/customers', await signer.sign({ aud: 'other-app' }), {
      method: 'POST',
      headers: { origin: HOST, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(403)
  })

  it('POST passes with a valid token, Origin and JSON body (a 404 means it reached routing)', async () => {
    const response = await call('/api/no-such-write', await signer.sign(), {
      method: 'POST',
      headers: { origin: HOST, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(404)
  })

  it('answers 503 to everything when ACCESS_AUD is empty (fail closed)', async () => {
    const response = await call('/api/health', await signer.sign(), {}, { ACCESS_AUD: '' })
    expect(response.status).toBe(503)
    expect(await messageOf(response)).toMatch(/Cloudflare Access is not configured/)
  })

  it('answers 503 to everything when ACCESS_TEAM_DOMAIN is empty (fail closed)', async () => {
    const response = await call('/api/health', await signer.sign(), {}, { ACCESS_TEAM_DOMAIN: '' })
    expect(response.status).toBe(503)
  })

  it('answers 503 when the team’s keys cannot be fetched', async () => {
    outbound.serve(TEAM_DOMAIN, () => new Response('down', { status: 500 }))
    try {
      const response = await call('/api/health', await signer.sign())
      expect(response.status).toBe(503)
    } finally {
      outbound.serve(TEAM_DOMAIN, async () => Response.json(await signer.jwks()))
    }
  })
})

describe('local mode', () => {
  const local = { LOCAL_MODE: 'true' }

  for (const host of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) {
    it(`GET /api/health answers 200 without login on loopback (${host})`, async () => {
      const response = await app.request(`${host}/api/health`, {}, { ...env, ...local })
      expect(response.status).toBe(200)
    })
  }

  it('GET /api/health answers 403 in local mode when the host is not loopback', async () => {
    const response = await app.request(
      'https://seatkeeper.msp.example/api/health',
      {},
      { ...env, ...local },
    )
    expect(response.status).toBe(403)
    expect(await messageOf(response)).toMatch(/local mode/)
  })

  it('does not need Access configured in local mode', async () => {
    const response = await app.request(
      'http://127.0.0.1/api/health',
      {},
      { ...env, ...local, ACCESS_AUD: '', ACCESS_TEAM_DOMAIN: '' },
    )
    expect(response.status).toBe(200)
  })
})
