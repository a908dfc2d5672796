/**
 * ACCESS_TEAM_DOMAIN as the `iss` of the team's tokens: "https://acme.cloudflareaccess.com". The
 * dashboard shows the team domain without a scheme, so a bare host is accepted and given https;
 * empty means Access is not configured.
 */
export function accessTeamDomain(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '')
  if (!trimmed) return ''
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}
