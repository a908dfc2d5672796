import { afterEach, expect } from 'vitest'

/** Answers requests to one origin, e.g. the sandbox simulators or an Access team's JWKS. */
export type OriginHandler = (request: Request) => Response | Promise<Response>

export type OutboundRecord = { method: string; url: string; redirect: string | undefined }

export type Outbound = {
  /** Every request the Worker sent, answered or not. */
  readonly requests: OutboundRecord[]
  /** Requests to an origin no handler serves: each one fails the test in afterEach. */
  readonly unmocked: OutboundRecord[]
  /** Serve one more origin from here on. */
  serve(origin: string, handler: OriginHandler): void
  /** Put the real fetch back (afterAll of a file that needs it). */
  restore(): void
}

/**
 * Replaces the isolate's fetch for one test file: requests to a served origin are answered in
 * process, anything else is refused and recorded, and the test that sent it fails. The Worker
 * code under test shares the isolate (cloudflare:test runs `main` in it), so this covers the
 * Durable Object, the queue consumer and the routes alike.
 */
export function installOutbound(origins: Record<string, OriginHandler> = {}): Outbound {
  const handlers = new Map(Object.entries(origins))
  const requests: OutboundRecord[] = []
  const unmocked: OutboundRecord[] = []
  // A plain replacement, not vi.spyOn: a spy keeps every call's arguments and answer, and a
  // 20,000-customer bench's answers held that way filled the isolate's memory until it stalled.
  const original = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const request = new Request(input as RequestInfo, init)
    const record = { method: request.method, url: request.url, redirect: init?.redirect }
    requests.push(record)
    const handler = handlers.get(new URL(request.url).origin)
    if (!handler) {
      unmocked.push(record)
      throw new TypeError(`Unmocked outbound request: ${request.method} ${request.url}`)
    }
    return handler(request)
  }
  afterEach(() => {
    const leaked = unmocked.splice(0)
    requests.splice(0)
    expect(leaked, 'requests to origins no test handler serves').toEqual([])
  })
  return {
    requests,
    unmocked,
    serve(origin, handler) {
      handlers.set(origin, handler)
    },
    restore() {
      globalThis.fetch = original
    },
  }
}
