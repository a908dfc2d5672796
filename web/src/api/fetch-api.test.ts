import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { fetchApi } from './fetch-api'
import { onSignedInAgain, signInExpired } from './sign-in-state'

const asText = (body: unknown) => JSON.stringify(body)

function answer(status: number, body: string, statusText = '') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, statusText })),
  )
}

describe('fetchApi', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('hands a successful JSON answer to the parser and returns what it returns', async () => {
    answer(200, asText({ ok: true }))

    await expect(fetchApi('/api/health', (body) => ({ parsed: body }))).resolves.toEqual({
      parsed: { ok: true },
    })
  })

  it('asks for JSON unless the caller chose another Accept header', async () => {
    answer(200, '{}')

    await fetchApi('/api/health', (body) => body)

    const init = vi.mocked(fetch).mock.calls[0]?.[1]
    expect(new Headers(init?.headers).get('accept')).toBe('application/json')
  })

  it('throws the message the edge wrote when it answers with an error body', async () => {
    answer(409, asText({ error: { message: 'The register changed; plan again.' } }))

    const failure = fetchApi('/api/register/plans', (body) => body)

    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({
      message: 'The register changed; plan again.',
      status: 409,
    })
  })

  it('names the status and path when an error answer has no usable message', async () => {
    answer(502, '<html>Bad gateway</html>', 'Bad Gateway')

    await expect(fetchApi('/api/health', (body) => body)).rejects.toMatchObject({
      message: 'The Seatkeeper API answered 502 Bad Gateway to /api/health.',
      status: 502,
    })
  })

  it('says the API could not be reached, and what to check, when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )

    await expect(fetchApi('/api/health', (body) => body)).rejects.toMatchObject({
      message: expect.stringContaining('Could not reach the Seatkeeper API (/api/health)'),
      status: undefined,
    })
  })

  it('lets a cancelled request end as a cancellation, not as an outage', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation was aborted.', 'AbortError')
      }),
    )

    await expect(fetchApi('/api/health', (body) => body)).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  it('says the sign-in has expired when the edge answers 401, and raises the banner until an answer comes', async () => {
    answer(401, asText({ error: { message: 'The Access token has expired.' } }))

    await expect(fetchApi('/api/register', (body) => body)).rejects.toMatchObject({
      message: expect.stringContaining('Your sign-in has expired — sign in again'),
      status: 401,
      signInExpired: true,
      unreachable: false,
    })
    expect(signInExpired()).toBe(true)
    const signedIn = vi.fn()
    const stop = onSignedInAgain(signedIn)

    answer(200, '{}')
    await fetchApi('/api/register', (body) => body)
    await fetchApi('/api/register', (body) => body)
    stop()
    expect(signInExpired()).toBe(false)
    // Once, on the way back: the outbox flushes then, not on every answer.
    expect(signedIn).toHaveBeenCalledTimes(1)
  })

  it('reads Access redirecting to its login page as an expired sign-in, not as being offline', async () => {
    const redirect = { type: 'opaqueredirect', status: 0, ok: false, json: async () => null }
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init: RequestInit) =>
        init.redirect === 'manual'
          ? redirect
          : Promise.reject(new TypeError('Failed to fetch: CORS')),
      ),
    )

    await expect(fetchApi('/api/customers', (body) => body)).rejects.toMatchObject({
      status: 401,
      signInExpired: true,
    })
    expect(signInExpired()).toBe(true)
  })
})
