/** Adapter id: also the sandbox mount point (`/also`) and the key of this distributor everywhere. */
export const ALSO_ID = 'also'

/** How the distributor is named to the user, in messages and on the Subscriptions tab. */
export const ALSO_LABEL = 'ALSO Cloud Marketplace'
