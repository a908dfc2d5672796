/** The Service Provider API calls the adapter makes, named as errors show them. */
export const SHERWEB_ID = 'sherweb'
export const SHERWEB_LABEL = 'Sherweb'
export const CUSTOMERS_PATH = '/service-provider/v1/customers'
export const SUBSCRIPTIONS_PATH = '/service-provider/v1/billing/subscriptions'
export const TOKEN_CALL = 'POST /auth/oidc/connect/token'
export const CUSTOMERS_CALL = `GET ${CUSTOMERS_PATH}`
export const SUBSCRIPTIONS_CALL = `GET ${SUBSCRIPTIONS_PATH}`
