import { describe, expect, it } from 'vitest'
import { IMPORT_PHASES, progressView } from './progress-phases'

describe('progressView', () => {
  it('starts at zero while the distributor is being read', () => {
    expect(progressView(IMPORT_PHASES, 'read')).toEqual({
      value: 0,
      text: 'Step 1 of 3: Reading the distributor',
    })
  })

  it('counts the phases before the current one as done', () => {
    expect(progressView(IMPORT_PHASES, 'apply').value).toBe(67)
  })

  it('adds what is happening inside the phase', () => {
    expect(progressView(IMPORT_PHASES, 'read', '12 requests so far').text).toBe(
      'Step 1 of 3: Reading the distributor (12 requests so far)',
    )
  })

  it('ends at 100 when done', () => {
    expect(progressView(IMPORT_PHASES, 'done')).toEqual({ value: 100, text: 'Done' })
  })

  it('treats an unknown phase as not started rather than failing', () => {
    expect(progressView(IMPORT_PHASES, 'unknown').value).toBe(0)
  })
})
