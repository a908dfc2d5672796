import type { UpstreamRoute } from '../adapter'

/** The SimpleAPI operations this adapter calls; each is `POST /<Operation>` under the base [C]. */
export const ALSO_OPERATIONS = {
  getSessionToken: '/GetSessionToken',
  getCompany: '/GetCompany',
  getCompanies: '/GetCompanies',
  getSubscriptions: '/GetSubscriptions',
} as const

/**
 * What the browser may reach through the edge proxy. GetSessionToken is left out on purpose: the
 * edge logs in itself (authorize), and a browser never needs to send a username and password upstream.
 */
export const alsoUpstreamRoutes: ReadonlyArray<UpstreamRoute> = [
  { method: 'POST', path: /^\/GetCompany$/ },
  { method: 'POST', path: /^\/GetCompanies$/ },
  { method: 'POST', path: /^\/GetSubscriptions$/ },
]
