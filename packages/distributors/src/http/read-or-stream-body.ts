import { joinChunks } from './read-capped-body'

/** When an answer is handed on as a stream instead of being read whole (SendRequest.stream). */
export type StreamLimits = {
  /** An answer of at most this many bytes is read whole; a longer one is streamed. */
  above: number
  /** A streamed answer is cut (the stream errors) once it passes this many bytes. */
  maxBytes: number
  /** …or when it has not ended this long after its first bytes arrived. */
  timeoutMs: number
}

export type StreamEvents = {
  /** Stops the upstream fetch (its AbortController): called when the stream is cut. */
  abort(): void
  /** The errors the stream ends with, named by the caller (distributor, call). */
  tooLarge(): Error
  tooSlow(): Error
  broken(): Error
}

/**
 * The whole body when it is at most `limits.above` bytes; otherwise a stream of it that starts
 * with the bytes already read and then passes the rest on chunk by chunk as it arrives, so only
 * one chunk is held at a time. The stream counts what it passes and errors past `maxBytes` or
 * `timeoutMs`, stopping the upstream fetch. 'too-large' when a declared Content-Length is over
 * `maxBytes` (nothing read).
 */
export async function readOrStreamBody(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  limits: StreamLimits,
  events: StreamEvents,
): Promise<Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | 'too-large'> {
  if (declaredLength && Number(declaredLength) > limits.maxBytes) {
    await body?.cancel().catch(() => {})
    return 'too-large'
  }
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const head: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return joinChunks(head, total)
    head.push(value)
    total += value.byteLength
    if (total > limits.above) break
  }

  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    events.abort()
    // The upstream read may ignore the abort; cancelling it ends the pending read() as well.
    reader.cancel().catch(() => {})
  }, limits.timeoutMs)
  const cut = (controller: ReadableStreamDefaultController<Uint8Array>, error: Error) => {
    clearTimeout(timer)
    events.abort()
    reader.cancel().catch(() => {})
    controller.error(error)
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk)
      head.length = 0
    },
    async pull(controller) {
      let read: ReadableStreamReadResult<Uint8Array>
      try {
        read = await reader.read()
      } catch {
        return cut(controller, timedOut ? events.tooSlow() : events.broken())
      }
      if (timedOut) return cut(controller, events.tooSlow())
      if (read.done) {
        clearTimeout(timer)
        return controller.close()
      }
      total += read.value.byteLength
      if (total > limits.maxBytes) return cut(controller, events.tooLarge())
      controller.enqueue(read.value)
    },
    cancel(reason) {
      // The browser went away: stop reading the distributor too.
      clearTimeout(timer)
      return reader.cancel(reason)
    },
  })
}
