import type { MiddlewareHandler } from 'hono'

/** The API path of a request, whatever prefix the sandbox server mounted the simulator under. */
export function apiPath(path: string): string {
  const start = path.search(/\/(service-provider|auth)(\/|$)/)
  return start >= 0 ? path.slice(start) : path
}

/** Fills ProblemDetails `instance` with the request's API path, as Sherweb's answers have it. */
export const withProblemInstance: MiddlewareHandler = async (c, next) => {
  await next()
  if (!c.res.headers.get('content-type')?.includes('application/problem+json')) return
  const body = (await c.res.clone().json()) as Record<string, unknown>
  if (body.instance !== undefined) return
  c.res = new Response(JSON.stringify({ ...body, instance: apiPath(c.req.path) }), c.res)
}
