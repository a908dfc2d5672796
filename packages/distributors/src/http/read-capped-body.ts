/**
 * The whole body, or 'too-large' as soon as it passes `limit` bytes (the rest is not read). A
 * declared Content-Length over the limit is refused before reading anything.
 */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  declaredLength?: string | null,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (declaredLength && Number(declaredLength) > limit) {
    await body?.cancel().catch(() => {})
    return 'too-large'
  }
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      return 'too-large'
    }
    chunks.push(value)
  }
  return joinChunks(chunks, total)
}

/** `chunks` (of `total` bytes in all) as one array. */
export function joinChunks(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
