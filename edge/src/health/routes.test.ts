import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../app'

// As the local app calls it: loopback, local mode (auth is tested in edge/test/auth).
const local = { ...env, LOCAL_MODE: 'true' }
const write = { origin: 'http://127.0.0.1', 'content-type': 'application/json' }

describe('GET /api/health', () => {
  it('answers 200 with ok and the service name', async () => {
    const response = await app.request('http://127.0.0.1/api/health', {}, local)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ ok: true, service: 'seatkeeper-edge' })
  })

  it('answers 404 JSON to a method it does not support', async () => {
    const response = await app.request(
      'http://127.0.0.1/api/health',
      { method: 'POST', headers: write, body: '{}' },
      local,
    )

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { message: expect.stringContaining('POST /api/health') },
    })
  })
})
