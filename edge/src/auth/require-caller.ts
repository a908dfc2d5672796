import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder: the auth work replaces it with the Access JWT check / local-mode loopback check.
export const requireCaller: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', 'local')
  await next()
}
