// Test support: a fetch that records every request and answers it from a distributor's sample
// answers, as the distributor's host would. Each distributor's serve-fixtures.ts gives its host
// and its routes; a test's override answers a request differently first.

export type Seen = { method: string; url: URL; headers: Headers; body: string }
/** Answers a request differently from the fixtures, or undefined to serve the fixture. */
export type Override = (seen: Seen) => Response | undefined

export const json = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } })

/** Serves `route` for requests to `origin`; any other host answers 404, as the Internet would. */
export function fixtureServer(
  origin: string,
  route: (seen: Seen) => Response,
  override?: Override,
) {
  const seen: Seen[] = []
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const call: Seen = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
    }
    seen.push(call)
    const special = override?.(call)
    if (special) return special
    if (call.url.origin !== origin) return json('{}', 404)
    return route(call)
  }
  return { fetch, seen }
}
