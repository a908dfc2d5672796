import { DistributorError } from '../errors'
import type { CallSite } from './error-for-status'
import type { HttpResponse } from './types'

/**
 * JSON.parse of an answer's body. A 200 that is not JSON — a proxy's HTML error page, a body cut
 * off mid-way — is a contract error, not a crash and never an empty listing.
 */
export function parseJsonBody(res: HttpResponse, site: CallSite): unknown {
  try {
    return JSON.parse(res.text)
  } catch {
    const type = res.headers.get('content-type') ?? ''
    const looks =
      res.text.trim() === ''
        ? 'it was empty'
        : /html/i.test(type) || /^\s*</.test(res.text)
          ? 'it looks like an HTML page, perhaps from a proxy or gateway in between'
          : 'it was cut off or malformed'
    throw new DistributorError({
      kind: 'contract',
      distributor: site.distributor,
      call: site.call,
      status: res.status,
      message: `${site.label} answered ${site.call} with a body that was not JSON (${looks}). This is often passing trouble between here and the distributor: try again later, and report it if it persists.`,
    })
  }
}
