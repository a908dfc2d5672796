import { createConnectionTokenCache } from './connection-token-cache'

// Per isolate, keyed by tokenCacheKey (connection id and record version): the browser's many
// listing calls log in once, not once per call. Tokens never leave the edge; the browser only ever
// sees the distributor's data. PATCH and DELETE of a connection forget its tokens.
export const proxyTokenCache = createConnectionTokenCache()
