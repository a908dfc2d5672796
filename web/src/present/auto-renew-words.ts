/**
 * Auto-renew in words, as the renewals rules read it: whether the term renews, or for a trial
 * whether it converts to a paid subscription (unset converts: new commerce converts by default).
 */
export function autoRenewWords(autoRenew: boolean | undefined, trial: boolean): string {
  if (trial)
    return autoRenew === false
      ? 'ends with the trial, does not convert'
      : 'converts to paid when the trial ends'
  if (autoRenew === true) return 'renews automatically'
  return autoRenew === false ? 'does not renew' : 'auto-renew not given'
}
