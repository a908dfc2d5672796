/** The ConnectWise PSA (Manage) calls the adapter makes (billing-apis.md §2). */
export const CW_ID = 'connectwise'
export const CW_LABEL = 'ConnectWise PSA'
/** Largest page ConnectWise serves [C: pyconnectwise README]. */
export const CW_PAGE_SIZE = 1000
/** Pins the answers' shape to one API version [C: connectwise-rest, Invoke-CWMWebRequest.ps1]. */
export const CW_ACCEPT = 'application/vnd.connectwise.com+json; version=2021.1'
export const COMPANIES_CALL = 'GET /company/companies'
export const AGREEMENTS_CALL = 'GET /finance/agreements'
export const ADDITIONS_CALL = 'GET /finance/agreements/{id}/additions'
