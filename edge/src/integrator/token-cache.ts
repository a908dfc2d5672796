import { createConnectionTokenCache } from '../proxy/connection-token-cache'

// Tokens live as long as the isolate: consecutive queue messages and "Sync now" presses log in
// once per connection instead of once per run. Keyed like the proxy's (tokenCacheKey: id and
// record version), so a secret changed through another isolate is never outlived by a token
// here, and forgetConnectionTokens drops them on PATCH and DELETE.
export const integratorTokenCache = createConnectionTokenCache()
