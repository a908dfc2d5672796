import { describe, expect, it } from 'vitest'
import { createDigestSink } from './digest-sink'

describe('the digest sink', () => {
  it('records what was posted and answers it on GET, newest last', async () => {
    const sink = createDigestSink()
    await sink.request('/', { method: 'POST', body: JSON.stringify({ title: 'first' }) })
    const ok = await sink.request('/', {
      method: 'POST',
      body: JSON.stringify({ title: 'second' }),
    })
    expect(ok.status).toBe(200)
    const { received } = (await (await sink.request('/')).json()) as {
      received: { body: { title: string } }[]
    }
    expect(received.map((r) => r.body.title)).toEqual(['first', 'second'])
  })

  it('refuses a body that is not JSON', async () => {
    const sink = createDigestSink()
    expect((await sink.request('/', { method: 'POST', body: 'hello' })).status).toBe(400)
    expect(((await (await sink.request('/')).json()) as { received: unknown[] }).received).toEqual(
      [],
    )
  })
})
