import type { UpstreamRoute } from '../adapter'

/** The only ArrowSphere calls Seatkeeper makes, so the only ones the edge proxy forwards. */
export const arrowsphereUpstreamRoutes: ReadonlyArray<UpstreamRoute> = [
  { method: 'GET', path: /^\/whoami$/ },
  { method: 'GET', path: /^\/customers$/ },
  { method: 'POST', path: /^\/licenses\/v2\/find$/ },
]
