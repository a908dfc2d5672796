import { describe, expect, it } from 'vitest'
import { readOrStreamBody, type StreamLimits } from './read-or-stream-body'

const limits: StreamLimits = { above: 10, maxBytes: 100, timeoutMs: 30_000 }

function events() {
  const seen = { aborted: false }
  return {
    seen,
    abort: () => {
      seen.aborted = true
    },
    tooLarge: () => new Error('too large'),
    tooSlow: () => new Error('too slow'),
    broken: () => new Error('broken'),
  }
}

/** A body whose chunks the test pushes one by one, closing it when it says so. */
function pushedBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let cancelled = false
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c
    },
    cancel() {
      cancelled = true
    },
  })
  return {
    body,
    push: (text: string) => controller.enqueue(new TextEncoder().encode(text)),
    close: () => controller.close(),
    cancelled: () => cancelled,
  }
}

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}

describe('readOrStreamBody', () => {
  it('reads a short body whole', async () => {
    const upstream = pushedBody()
    upstream.push('{"ok":')
    upstream.push('1}')
    upstream.close()
    const read = await readOrStreamBody(upstream.body, null, limits, events())
    expect(read).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(read as Uint8Array)).toBe('{"ok":1}')
  })

  it('hands a long body on before it has ended, starting with the bytes already read', async () => {
    const upstream = pushedBody()
    upstream.push('[1,2,3,4,')
    upstream.push('5,6,7,8,')
    const read = await readOrStreamBody(upstream.body, null, limits, events())
    expect(read).toBeInstanceOf(ReadableStream)
    const reader = (read as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()
    expect(decoder.decode((await reader.read()).value)).toBe('[1,2,3,4,')
    expect(decoder.decode((await reader.read()).value)).toBe('5,6,7,8,')
    upstream.push('9]')
    upstream.close()
    expect(decoder.decode((await reader.read()).value)).toBe('9]')
    expect((await reader.read()).done).toBe(true)
  })

  it('errors a stream that passes its cap and stops the upstream', async () => {
    const upstream = pushedBody()
    for (let i = 0; i < 12; i++) upstream.push('0123456789')
    upstream.close()
    const seen = events()
    const read = await readOrStreamBody(upstream.body, null, limits, seen)
    await expect(textOf(read as ReadableStream<Uint8Array>)).rejects.toThrow('too large')
    expect(seen.seen.aborted).toBe(true)
  })

  it('refuses a declared length over the cap without reading', async () => {
    const upstream = pushedBody()
    expect(await readOrStreamBody(upstream.body, '101', limits, events())).toBe('too-large')
    expect(upstream.cancelled()).toBe(true)
  })

  it('errors a stream that has not ended by its deadline', async () => {
    const upstream = pushedBody()
    upstream.push('0123456789ab')
    const seen = events()
    const read = await readOrStreamBody(upstream.body, null, { ...limits, timeoutMs: 20 }, seen)
    await expect(textOf(read as ReadableStream<Uint8Array>)).rejects.toThrow('too slow')
    expect(seen.seen.aborted).toBe(true)
  })

  it('cancels the upstream when the reader cancels the stream', async () => {
    const upstream = pushedBody()
    upstream.push('0123456789ab')
    const read = await readOrStreamBody(upstream.body, null, limits, events())
    await (read as ReadableStream<Uint8Array>).cancel()
    expect(upstream.cancelled()).toBe(true)
  })
})
