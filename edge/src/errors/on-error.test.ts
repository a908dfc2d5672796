import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

  it('answers an HTTPException with its own status and message', async () => {
    const rejected = new HTTPException(409, { message: 'The register changed; plan again.' })

    const response = await appThrowing(rejected).request('/api/boom')

    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({
      error: { message: 'The register changed; plan again.' },
    })
  })

  it('gives an HTTPException without a message one that names the status', async () => {
    const response = await appThrowing(new HTTPException(403)).request('/api/boom')

    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: { message: 'The request failed with status 403.' },
    })
  })

  it('passes on a response an HTTPException carries, headers included', async () => {
    const limited = new HTTPException(429, {
      res: new Response('{"error":{"message":"Slow down."}}', {
        status: 429,
        headers: { 'retry-after': '30' },
      }),
    })

    const response = await appThrowing(limited).request('/api/boom')

    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
  })
})
