/** The HaloPSA API calls the adapter makes, named as errors show them (billing-apis.md §1). */
export const HALO_ID = 'halopsa'
export const HALO_LABEL = 'HaloPSA'
/**
 * The scopes the token call asks for: what Seatkeeper reads and writes, no more [C: scope names,
 * billing-apis.md §1; I: that this is the minimal set]. Halo refuses a scope its application does
 * not grant (`invalid_scope`), so the application's Permissions must tick these (or `all`).
 */
export const HALO_SCOPES =
  'read:customers read:invoices edit:invoices read:softwarelicensing edit:softwarelicensing read:items'
export const AUTHINFO_PATH = '/api/authinfo'
export const CLIENTS_PATH = '/api/Client'
export const CLIENTS_CALL = `GET ${CLIENTS_PATH}`
export const INVOICES_PATH = '/api/RecurringInvoice'
export const INVOICES_CALL = `GET ${INVOICES_PATH}`
export const UPDATE_LINES_PATH = '/api/RecurringInvoice/updatelines'
export const LICENCE_PATH = '/api/SoftwareLicence'
export const LICENCES_CALL = `GET ${LICENCE_PATH}`
/**
 * Rows per page. Halo returns only 50 rows unless paged [C: HaloAPI New-HaloGETRequest.ps1]; the
 * largest page it accepts is not published, so 100 is a conservative size [I].
 */
export const HALO_PAGE_SIZE = 100
