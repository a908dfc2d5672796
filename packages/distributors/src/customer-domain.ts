import { isFreeMailDomain } from '@seatkeeper/core'

/**
 * A customer's own domain from what a distributor holds: a web site ("https://www.x.com/about"),
 * a bare host ("X.com") or an e-mail address ("ap@x.com"). Lower-cased, without "www.". Undefined
 * when it is empty, not a host, or a free-mail or ISP domain (gmail.com, bigpond.com…): a mailbox
 * there says nothing about who the company is, so it must never become mapping evidence.
 */
export function customerDomain(raw: string | null | undefined): string | undefined {
  const text = raw?.trim()
  if (!text) return undefined
  const at = text.lastIndexOf('@')
  const candidate = at >= 0 ? text.slice(at + 1) : text
  let host: string
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) ? candidate : `https://${candidate}`)
      .hostname
  } catch {
    // Free text someone typed into the distributor's portal: not a domain.
    return undefined
  }
  const domain = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '')
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) return undefined
  return isFreeMailDomain(domain) ? undefined : domain
}
