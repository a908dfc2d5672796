/** The HaloPSA API calls the adapter makes, named as errors show them (billing-apis.md §1). */
export const HALO_ID = 'halopsa'
export const HALO_LABEL = 'HaloPSA'
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
