/** The Cloud Marketplace API calls the adapter makes, named as errors show them. */
export const INGRAM_ID = 'ingram'
export const INGRAM_LABEL = 'Ingram Micro'
export const TOKEN_PATH = '/token'
export const CUSTOMERS_PATH = '/customers'
export const SUBSCRIPTIONS_PATH = '/subscriptions'
export const TOKEN_CALL = `POST ${TOKEN_PATH}`
export const CUSTOMERS_CALL = `GET ${CUSTOMERS_PATH}`
export const SUBSCRIPTIONS_CALL = `GET ${SUBSCRIPTIONS_PATH}`
export const SUBSCRIPTION_CALL = `GET ${SUBSCRIPTIONS_PATH}/{id}`
/** Sent on every call, the token exchange included [C: apidocs.cloud.im 1.5 howto]. */
export const SUBSCRIPTION_KEY_HEADER = 'X-Subscription-Key'
