/** Fewer days than this left and the renewal is shown as a warning. */
export const RENEWAL_WARNING_DAYS = 7

/**
 * What the connection page says about a secret that changes on use (TD SYNNEX's rotating refresh
 * token): each sync renews it, but left unused it runs out and must be generated again in the
 * distributor's portal.
 */
export function credentialsRenewalText(daysLeft: number): string {
  if (daysLeft <= 0)
    return 'Expired: generate a new token in the distributor\u2019s portal and enter it with Edit.'
  const days = `${daysLeft} day${daysLeft === 1 ? '' : 's'}`
  return `${days} left before the token must be generated again in the distributor\u2019s portal; every sync or Test Configuration renews it.`
}
