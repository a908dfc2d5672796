import { describe, expect, it } from 'vitest'
import { syncWords } from './sync-words'

describe('syncWords', () => {
  it('offers a PSA a daily refresh of its billing lines, by the PSA’s name', () => {
    const words = syncWords({ kind: 'psa', distributorLabel: 'HaloPSA' })
    expect(words.daily.legend).toBe('Daily refresh')
    expect(words.daily.enabled).toBe('Refresh billing lines from HaloPSA every day')
    expect(words.last).toEqual({
      title: 'Last refresh',
      time: 'Last refresh time',
      never: 'Never refreshed',
    })
    expect(words.syncNowHelp).toMatch(/^Sync now refreshes the billing lines from HaloPSA at once/)
  })

  it('says what the PSA switch does on and off, and that nothing is written to the PSA', () => {
    const { help } = syncWords({ kind: 'psa', distributorLabel: 'Autotask' }).daily
    expect(help?.(true)).toMatch(/^On: once a day.*Nothing is written to Autotask\.$/)
    expect(help?.(false)).toMatch(/^Off: .*only when you press Sync now below or import them/)
    for (const on of [true, false]) expect(help?.(on)).not.toMatch(/subscription/i)
  })

  it('keeps a distributor’s daily sync in the words its users know', () => {
    const words = syncWords({ kind: 'distributor', distributorLabel: 'Pax8' })
    expect(words.daily).toEqual({
      legend: 'Daily sync',
      enabled: 'Enabled: sync this connection every day',
    })
    expect(words.last.never).toBe('Never synced')
    expect(words.reads).toBe('every customer and subscription')
  })
})
