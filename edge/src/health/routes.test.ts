import { describe, expect, it } from 'vitest'
import { app } from '../app'

describe('GET /api/health', () => {
  it('answers 200 with ok and the service name', async () => {
    const response = await app.request('/api/health')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ ok: true, service: 'seatkeeper-edge' })
  })

  it('answers 404 JSON to a method it does not support', async () => {
    const response = await app.request('/api/health', { method: 'POST' })

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { message: expect.stringContaining('POST /api/health') },
    })
  })
})
