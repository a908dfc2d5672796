import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder: the auth work fills it (unsafe methods need a same-origin Origin and a JSON body).
export const sameOriginJson: MiddlewareHandler<AppEnv> = async (_c, next) => {
  await next()
}
