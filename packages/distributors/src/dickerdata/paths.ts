/*
 * The B2B API calls this adapter makes, all POST with JSON bodies (docs/distributors.md,
 * threepointnz DickerAPI.php) [C]. Reads are POSTs, so they are marked idempotent to be retried.
 */
export const ACCESS_KEY_PATH = '/AccessKeyRequest'
export const GET_TENANT_PATH = '/Subscriptions/GetTenant'
export const GET_SUBSCRIPTION_DETAILS_PATH = '/Subscriptions/GetSubscriptionDetails'

export const ACCESS_KEY_CALL = `POST ${ACCESS_KEY_PATH}`
export const GET_TENANT_CALL = `POST ${GET_TENANT_PATH}`
export const GET_SUBSCRIPTION_DETAILS_CALL = `POST ${GET_SUBSCRIPTION_DETAILS_PATH}`

/** Only Microsoft CSP is imported; ADY/ADM are other programmes [C]. */
export const SUBSCRIPTION_TYPE = 'CSP'
