import { describe, expect, it } from 'vitest'
import { credentialsRenewalText } from './credentials-renewal'

describe('credentialsRenewalText', () => {
  it('says how many days are left and that a sync renews the token', () => {
    expect(credentialsRenewalText(30)).toMatch(
      /^30 days left .*every sync or Test Configuration renews it/,
    )
    expect(credentialsRenewalText(1)).toMatch(/^1 day left/)
  })

  it('says what to do once the token has run out', () => {
    expect(credentialsRenewalText(0)).toMatch(/^Expired: generate a new token .* with Edit\.$/)
  })
})
