/** The Partner API calls the adapter makes, named as errors show them. Paths follow baseUrl (…/v1). */
export const PAX8_ID = 'pax8'
export const PAX8_LABEL = 'Pax8'
export const COMPANIES_PATH = '/companies'
export const SUBSCRIPTIONS_PATH = '/subscriptions'
export const COMPANIES_CALL = `GET /v1${COMPANIES_PATH}`
export const SUBSCRIPTIONS_CALL = `GET /v1${SUBSCRIPTIONS_PATH}`
/** The API the token is for [C: pax8-authentication-openapi.json, createAccessToken]. */
export const PAX8_AUDIENCE = 'https://api.pax8.com'
/** Pages hold at most 200 records [C: partner spec; devx "Pagination"]. */
export const PAX8_MAX_PAGE_SIZE = 200
