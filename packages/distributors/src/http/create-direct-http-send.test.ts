import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { credentials, directClient as client } from '../testing/direct-client'
import { fakeAdapter } from '../testing/fake-adapter'
import { answers, json, recordingFetch } from '../testing/recording-fetch'

const send = {
  call: 'GET /customers',
  method: 'GET',
  url: 'https://api.acme.test/v1/customers?page=2',
  headers: { accept: 'application/json' },
}

describe('createDirectHttp().send', () => {
  it('hands back a distributor’s refusal as it came, after one fresh login, without retrying', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 401 }),
        () => json({ message: 'No licences for you' }, 403),
      ),
    )
    const { http, adapter } = client(fetch)
    const answer = await http.send(send)
    expect(answer.status).toBe(403)
    expect(JSON.parse(new TextDecoder().decode(answer.body))).toEqual({
      message: 'No licences for you',
    })
    expect(adapter).toMatchObject({ logins: 2 })
    expect(fetch.calls).toHaveLength(2)
    expect(fetch.calls.every((c) => c.redirect === 'manual')).toBe(true)
    expect(fetch.calls[1]?.headers.get('authorization')).toBe('Bearer token-2')
  })

  it('refuses an answer over its size cap as a contract error naming the call', async () => {
    const fetch = recordingFetch(() => new Response('x'.repeat(2_000_001)))
    const { http } = client(fetch)
    const error = await http.send({ ...send, maxBytes: 2_000_000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect(error).toMatchObject({ kind: 'contract', call: 'GET /customers' })
    expect((error as Error).message).toMatch(/more than 2 MB/)
  })

  it('throws a refused login with every saved secret blanked out', async () => {
    const secret = credentials.secrets.apiKey as string
    const adapter = fakeAdapter({
      authorize: async () => {
        throw new DistributorError({
          kind: 'auth',
          distributor: 'acme',
          call: 'POST /token',
          message: `Acme refused the key ${encodeURIComponent(secret)}.`,
        })
      },
    })
    const fetch = recordingFetch(() => json({}))
    const { http } = client(fetch, { adapter })
    const error = await http.send(send).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'auth', message: 'Acme refused the key [redacted].' })
    expect(fetch.calls).toHaveLength(0)
  })
})
