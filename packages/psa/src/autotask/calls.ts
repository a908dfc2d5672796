/** The Autotask PSA REST calls the adapter makes (billing-apis.md §3). Paths follow `…/V1.0`. */
export const AT_ID = 'autotask'
export const AT_LABEL = 'Autotask'
/** The most records a query returns per page [C: Autotask REST docs]. */
export const AT_MAX_RECORDS = 500
/** Contract type "Recurring Service" [C: Autotask ContractServices docs]. */
export const RECURRING_SERVICE = 7
export const ZONE_LOOKUP = 'https://webservices.autotask.net/ATServicesRest/V1.0/ZoneInformation'
