import { describe, expect, it } from 'vitest'
import { readableName } from './readable-name'

describe('readableName', () => {
  it('gives an all-capitals description readable case, keeping acronyms and words with digits', () => {
    expect(readableName('MS NCE M365 BUSINESS STANDARD 1YR COMMIT MONTHLY BILL')).toBe(
      'MS NCE M365 Business Standard 1YR Commit Monthly Bill',
    )
    expect(readableName('MS NCE M365 APPS FOR BUSINESS 1MTH COMMIT')).toBe(
      'MS NCE M365 Apps for Business 1MTH Commit',
    )
  })

  it('leaves a description already in mixed case as it is', () => {
    expect(readableName('Microsoft 365 Business Premium')).toBe('Microsoft 365 Business Premium')
  })
})
