import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'

const ORIGIN = 'http://127.0.0.1:8787'
const local = { ...env, LOCAL_MODE: 'true' }

function write(method: string, headers: Record<string, string>, body = '{}') {
  return app.request(`${ORIGIN}/api/no-such-write`, { method, headers, body }, local)
}

describe('writes', () => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    it(`${method} with the page’s Origin and a JSON body passes (404: it reached routing)`, async () => {
      const response = await write(method, {
        origin: ORIGIN,
        'content-type': 'application/json; charset=utf-8',
      })
      expect(response.status).toBe(404)
    })
  }

  it('POST from another origin answers 403 saying cross-origin writes are refused', async () => {
    const response = await write('POST', {
      origin: 'https://evil.example',
      'content-type': 'application/json',
    })
    expect(response.status).toBe(403)
    const body = (await response.json()) as { error: { message: string } }
    expect(body.error.message).toMatch(/refuses cross-origin writes/)
  })

  it('POST from the same host on another port answers 403', async () => {
    const response = await write('POST', {
      origin: 'http://127.0.0.1:9999',
      'content-type': 'application/json',
    })
    expect(response.status).toBe(403)
  })

  it('POST without an Origin answers 403', async () => {
    const response = await write('POST', { 'content-type': 'application/json' })
    expect(response.status).toBe(403)
  })

  it('POST with a text/plain body answers 415', async () => {
    const response = await write('POST', { origin: ORIGIN, 'content-type': 'text/plain' })
    expect(response.status).toBe(415)
    const body = (await response.json()) as { error: { message: string } }
    expect(body.error.message).toMatch(/application\/json/)
  })

  it('POST of a form answers 415', async () => {
    const response = await write(
      'POST',
      { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      'a=1',
    )
    expect(response.status).toBe(415)
  })

  it('GET /api/health needs no Origin and no content type', async () => {
    const response = await app.request(`${ORIGIN}/api/health`, {}, local)
    expect(response.status).toBe(200)
  })
})
