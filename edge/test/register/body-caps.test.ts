import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { snapshot } from './register-api'

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const response = await app.request(
    `http://127.0.0.1${path}`,
    {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json', ...headers },
      body,
      // @ts-expect-error workerd needs this for a streamed request body
      duplex: 'half',
    },
    { ...env, LOCAL_MODE: 'true' },
  )
  return { status: response.status, body: (await response.json()) as any }
}

/** A body sent in chunks with no Content-Length, as a chunked upload arrives. */
function chunked(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.length
    },
  })
}

describe('request size caps', () => {
  it('POST /api/customers answers 413 with the limit in words for a 3.1 MB body', async () => {
    const before = await snapshot()
    const body = JSON.stringify({ name: 'x'.repeat(3_100_000) })
    const answer = await post('/api/customers', body, { 'content-length': String(body.length) })
    expect(answer.status).toBe(413)
    expect(answer.body.error.message).toMatch(
      /^The request body is 3\.1 MB; the limit for this call is 256 KB\./,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('POST /api/register/plans answers 413 for a chunked body over the cap, counted while read', async () => {
    const before = await snapshot()
    const answer = await post('/api/register/plans', chunked(17_000_000))
    expect(answer.status).toBe(413)
    expect(answer.body.error.message).toMatch(
      /^The request body is over 16 MB; the limit for a plan is 16 MB\./,
    )
    expect(await snapshot()).toEqual(before)
  })

  it('POST /api/customers/import answers 413 for a chunked CSV over 6 MB', async () => {
    const answer = await post('/api/customers/import', chunked(6_500_000))
    expect(answer.status).toBe(413)
    expect(answer.body.error.message).toMatch(/the limit for a CSV import is 6 MB/)
  })

  it('POST /api/customers takes a small chunked body', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: 'Chunked Small Ltd' }))
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes)
        controller.close()
      },
    })
    expect((await post('/api/customers', stream)).status).toBe(201)
  })
})
