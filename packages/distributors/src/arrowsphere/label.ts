/** How ArrowSphere is named to users (errors, "created by", the Subscriptions tab). */
export const ARROWSPHERE_LABEL = 'ArrowSphere'
