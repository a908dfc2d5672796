import type { TokenCache } from '@seatkeeper/distributors'
import { integratorTokenCache } from '../integrator/token-cache'
import type { ConnectionTokenCache } from './connection-token-cache'
import { proxyTokenCache } from './proxy-token-cache'

/**
 * Drops every token this isolate holds for a connection (the proxy's and the integrator's), so
 * the next call logs in with the credentials as they are now: after a PATCH that changed a
 * secret, a cached token would otherwise keep the old one working until it expired, and after a
 * DELETE it would linger in memory.
 */
export function forgetConnectionTokens(connectionId: string): void {
  for (const cache of [proxyTokenCache, integratorTokenCache]) forget(cache, connectionId)
}

function forget(cache: TokenCache | ConnectionTokenCache, connectionId: string): void {
  if ('forget' in cache) cache.forget(connectionId)
  // A plain TokenCache cannot list its keys; every adapter keys tokens by exactly its cacheKey,
  // which the integrator sets to the connection id.
  else cache.delete(connectionId)
}
