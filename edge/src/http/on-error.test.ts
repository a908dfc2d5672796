import { EDGE_ERROR_HEADER } from '@seatkeeper/core'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError, STATUS_FOR_KIND, type ErrorKind } from './app-error'
import { onError } from './on-error'

// A throwaway app with the real handler, so each kind of failure can be provoked on purpose.
function appThrowing(error: Error) {
  return new Hono()
    .get('/api/boom', () => {
      throw error
    })
    .onError(onError)
}

describe('onError', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('answers an unexpected error with a generic 500 that leaks neither message nor stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const bug = new Error('secret=hunter2 at decrypt()')

    const response = await appThrowing(bug).request('/api/boom')
    const text = await response.text()

    expect(response.status).toBe(500)
    expect(JSON.parse(text)).toEqual({
      error: { message: expect.stringContaining('unexpected error while handling GET /api/boom') },
    })
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('at ')
    // The details are not lost: they go to the Worker log.
    expect(log).toHaveBeenCalledWith('GET /api/boom failed:', bug)
  })

  it('answers an AppError with the status of its kind and the field it names', async () => {
    const refused = new AppError('invalid', 'The name is required.', { field: 'name' })

    const response = await appThrowing(refused).request('/api/boom')

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { message: 'The name is required.', field: 'name' },
    })
  })

  it('says when to come back on a rate-limited AppError', async () => {
    const limited = new AppError('rate-limited', 'Slow down.', { retryAfterSeconds: 30 })

    const response = await appThrowing(limited).request('/api/boom')

    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(await response.json()).toEqual({ error: { message: 'Slow down.' } })
  })

  it('answers every kind with its own status', async () => {
    for (const [kind, status] of Object.entries(STATUS_FOR_KIND)) {
      const response = await appThrowing(new AppError(kind as ErrorKind, 'No.')).request(
        '/api/boom',
      )
      expect(response.status).toBe(status)
    }
  })

  it('gives one of Hono’s own refusals without a message one that names the status', async () => {
    const response = await appThrowing(new HTTPException(400)).request('/api/boom')

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { message: 'The request failed with status 400.' },
    })
  })

  it('marks a refusal on the distributor proxy as Seatkeeper’s own, naming the call', async () => {
    const app = new Hono()
      .get('/api/connections/:id/upstream/*', () => {
        throw new AppError('forbidden', 'Not that call.')
      })
      .onError(onError)

    const response = await app.request('/api/connections/c1/upstream/admin/users?page=2')

    expect(response.status).toBe(403)
    expect(response.headers.get(EDGE_ERROR_HEADER)).toBe('1')
    expect(await response.json()).toEqual({
      error: {
        message: 'Not that call.',
        kind: 'request',
        distributor: 'unknown',
        call: 'GET /admin/users',
        status: 403,
      },
    })
  })
})
