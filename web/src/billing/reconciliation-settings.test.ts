import { defaultRenewalSettings, type BillingSettings } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { readReconciliationSettings, reconciliationSettingsText } from './reconciliation-settings'

const current: BillingSettings = {
  marginFloor: 0.15,
  renewals: { ...defaultRenewalSettings, leadDays: [45, 7] },
}

describe('the Reconciliation settings form', () => {
  it('writes the margin floor and the auto-accept threshold as percentages, empty when off', () => {
    expect(reconciliationSettingsText(current)).toEqual({
      marginFloor: '15',
      autoAcceptThreshold: '',
    })
    expect(reconciliationSettingsText({ ...current, autoAcceptThreshold: 0.955 })).toMatchObject({
      autoAcceptThreshold: '95.5',
    })
  })

  it('reads percentages into shares, keeps the renewal lead times read, and empty as off', () => {
    expect(
      readReconciliationSettings({ marginFloor: '20 %', autoAcceptThreshold: '95' }, current),
    ).toEqual({
      settings: { marginFloor: 0.2, autoAcceptThreshold: 0.95, renewals: current.renewals },
    })
    expect(
      readReconciliationSettings({ marginFloor: '', autoAcceptThreshold: '' }, current),
    ).toEqual({ settings: { renewals: current.renewals } })
  })

  it('says in words what the edge would refuse, field by field', () => {
    expect(
      readReconciliationSettings({ marginFloor: 'fifteen', autoAcceptThreshold: '80' }, current),
    ).toEqual({
      errors: {
        marginFloor:
          '"fifteen" is not a percentage: write a margin floor such as 15, or leave it empty for none.',
      },
    })
    // The same words as the edge's 400 (core's BillingSettingsSchema).
    expect(
      readReconciliationSettings({ marginFloor: '100', autoAcceptThreshold: '80' }, current),
    ).toEqual({
      errors: {
        marginFloor: 'The margin floor must be 99 % or less.',
        autoAcceptThreshold:
          'The auto-accept threshold must be 90 % (0.9) or more: below that a person should check the evidence.',
      },
    })
    expect(
      readReconciliationSettings({ marginFloor: '-5', autoAcceptThreshold: '101' }, current),
    ).toEqual({
      errors: {
        marginFloor: 'The margin floor must be 0 % or more.',
        autoAcceptThreshold: 'The auto-accept threshold must be 100 % (1) or less.',
      },
    })
  })
})
