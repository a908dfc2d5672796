/** The Cloud-iQ API calls the adapter makes, named as errors show them. */
export const CRAYON_ID = 'crayon'
export const CRAYON_LABEL = 'Crayon'
/** Both list paths end in "/", as the SDK and the OpenAPI write them [C]. */
export const TOKEN_PATH = '/api/v1/connect/token'
export const CUSTOMERS_PATH = '/api/v1/customertenants/'
export const SUBSCRIPTIONS_PATH = '/api/v1/subscriptions/'
export const TOKEN_CALL = `POST ${TOKEN_PATH}`
export const CUSTOMERS_CALL = `GET ${CUSTOMERS_PATH}`
export const SUBSCRIPTIONS_CALL = `GET ${SUBSCRIPTIONS_PATH}`
