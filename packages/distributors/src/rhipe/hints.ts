import type { DistributorErrorKind } from '../errors'

/** What a user checks per error kind; portal places from the seed guide (rhipe-guide.txt). */
export const rhipeHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: 'Check the Client ID and Client secret: in PRISM open Customer Management, View your own company, then Manage Client Credentials (generate new credentials if the secret was lost).',
  forbidden:
    'These client credentials may not read this data. Generate them on your own company in PRISM (Customer Management > View > Manage Client Credentials), not on an end customer.',
  'not-found':
    'PRISM no longer knows this record (a contract agreement or customer may have ended). Check Customer Management in PRISM.',
  'rate-limited':
    'PRISM is throttling requests. Wait a few minutes and try again; the daily sync retries by itself.',
  unavailable:
    'PRISM did not answer. Try again later; if it persists, ask Rhipe/Crayon support whether your account has moved from PRISM to Crayon Cloud-iQ.',
  request:
    'PRISM refused the request. Check the connection settings; if they are right, report this error.',
  contract:
    'PRISM answered in a shape Seatkeeper does not recognise. Report this error with the call and field it names.',
}
