import { Hono } from 'hono'

/** The most messages the sink keeps; older ones drop off, so a long-running sandbox stays small. */
const KEEP = 50
/** A digest is a few kilobytes; anything far larger is not one. */
const MAX_BYTES = 256 * 1024

export type ReceivedDigest = { receivedAt: string; body: unknown }

/**
 * A local stand-in for a Slack or Teams webhook: POST records what the edge sent, GET answers
 * everything received, newest last. The edge posts here only in local mode (docs/integrator.md
 * "The daily digest"), so trying the digest never reaches a real channel.
 */
export function createDigestSink(): Hono {
  const received: ReceivedDigest[] = []
  const app = new Hono()
  app.post('/', async (c) => {
    const text = await c.req.text()
    if (text.length > MAX_BYTES) return c.json({ error: 'A digest is never this large.' }, 413)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return c.json({ error: 'The digest sink takes JSON.' }, 400)
    }
    received.push({ receivedAt: new Date().toISOString(), body })
    if (received.length > KEEP) received.splice(0, received.length - KEEP)
    return c.text('ok')
  })
  app.get('/', (c) => c.json({ received }))
  return app
}
