import { createMemoryTokenCache } from '@seatkeeper/distributors'

// Per isolate, keyed by connection id: the browser's many listing calls log in once, not once per
// call. Tokens never leave the edge; the browser only ever sees the distributor's data.
export const proxyTokenCache = createMemoryTokenCache()
