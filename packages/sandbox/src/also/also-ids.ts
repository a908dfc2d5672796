// ALSO ids are plain account numbers in one sequence per marketplace (fixtures: reseller 315818,
// companies 4001xx, subscriptions 5002xx). Companies and subscriptions get separate ranges so an
// id never names two things, up to 99,899 companies.

/** The reseller account the sandbox login belongs to (the fixtures' parentAccountId). */
export const RESELLER_ACCOUNT_ID = 315818
/** The marketplace (distributor) account above the reseller. */
export const MARKETPLACE_ACCOUNT_ID = 100002

export function companyAccountId(customerSeq: number): number {
  return 400_100 + customerSeq
}

export function subscriptionAccountId(subscriptionSeq: number): number {
  return 500_200 + subscriptionSeq
}
