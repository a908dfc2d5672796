import { describe, expect, it } from 'vitest'
import { readSherwebError } from './read-error'

const response = (status: number, body: unknown) => ({
  status,
  headers: new Headers({ 'content-type': 'application/problem+json' }),
  text: typeof body === 'string' ? body : JSON.stringify(body),
})

describe('readSherwebError', () => {
  it('turns "Try again in N seconds" in a ProblemDetails detail into retryAfterMs', () => {
    const reading = readSherwebError(
      response(429, {
        title: 'Too Many Requests',
        status: 429,
        detail: 'Rate limit is exceeded. Try again in 12 seconds.',
      }),
    )
    expect(reading).toEqual({
      detail: 'Rate limit is exceeded. Try again in 12 seconds.',
      retryAfterMs: 12_000,
    })
  })

  it('reads the same sentence from an API Management body that puts it in message', () => {
    const reading = readSherwebError(
      response(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 second.' }),
    )
    expect(reading?.retryAfterMs).toBe(1_000)
  })

  it('falls back to the title when a problem has no detail', () => {
    expect(
      readSherwebError(response(503, { title: 'Service Unavailable', status: 503 }))?.detail,
    ).toBe('Service Unavailable')
  })

  it('marks an API 401 as an expired session so the client logs in again', () => {
    const reading = readSherwebError(
      response(401, {
        title: 'Unauthorized',
        status: 401,
        detail: 'Access denied due to missing subscription key or invalid token.',
      }),
    )
    expect(reading?.sessionExpired).toBe(true)
  })

  it('reads the token endpoint\u2019s OIDC error without asking for a new login', () => {
    expect(readSherwebError(response(400, { error: 'invalid_client' }))).toEqual({
      detail: 'invalid_client',
    })
    expect(
      readSherwebError(
        response(400, { error: 'invalid_scope', error_description: 'scope not allowed' }),
      ),
    ).toEqual({
      detail: 'invalid_scope: scope not allowed',
    })
  })

  it('says nothing about a body that is not JSON, leaving the status to speak', () => {
    expect(readSherwebError(response(502, '<html>Bad gateway</html>'))).toBeUndefined()
  })

  it('shortens a very long detail', () => {
    const detail = readSherwebError(response(400, { detail: 'x'.repeat(1000) }))?.detail ?? ''
    expect(detail.length).toBeLessThanOrEqual(301)
  })
})
