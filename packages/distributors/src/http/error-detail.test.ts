import { describe, expect, it } from 'vitest'
import { errorBodyJson, errorDetail, MAX_ERROR_DETAIL } from './error-detail'

describe('error detail', () => {
  it('reads a JSON error body and gives undefined for one that is not JSON', () => {
    expect(errorBodyJson('{"message":"No"}')).toEqual({ message: 'No' })
    expect(errorBodyJson('<html>Bad gateway</html>')).toBeUndefined()
  })

  it('keeps a distributor’s words trimmed, caps a long body, and drops an empty one', () => {
    expect(errorDetail('  Customer not found. ')).toBe('Customer not found.')
    expect(errorDetail('x'.repeat(MAX_ERROR_DETAIL + 50))).toBe(`${'x'.repeat(MAX_ERROR_DETAIL)}…`)
    expect(errorDetail('   ')).toBeUndefined()
    expect(errorDetail(null)).toBeUndefined()
  })
})
