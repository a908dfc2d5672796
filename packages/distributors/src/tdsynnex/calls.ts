/** The StreamOne ION v3 calls the adapter makes, named as errors show them. */
export const TDSYNNEX_ID = 'tdsynnex'
export const TDSYNNEX_LABEL = 'TD SYNNEX StreamOne Ion'
export const TOKEN_PATH = '/oauth/token'
export const TOKEN_CALL = `POST ${TOKEN_PATH}`
/** Paths carry the reseller account id [C: docs.streamone.cloud]. */
export const customersPath = (accountId: string) =>
  `/api/v3/accounts/${encodeURIComponent(accountId)}/customers`
export const subscriptionsPath = (accountId: string) =>
  `/api/v3/accounts/${encodeURIComponent(accountId)}/subscriptions`
export const CUSTOMERS_CALL = 'GET /api/v3/accounts/{accountId}/customers'
export const SUBSCRIPTIONS_CALL = 'GET /api/v3/accounts/{accountId}/subscriptions'
