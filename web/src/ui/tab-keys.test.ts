import { describe, expect, it } from 'vitest'
import { tabIndexAfterKey } from './tab-keys'

describe('tabIndexAfterKey', () => {
  it('moves right and wraps from the last tab to the first', () => {
    expect(tabIndexAfterKey('ArrowRight', 0, 4)).toBe(1)
    expect(tabIndexAfterKey('ArrowRight', 3, 4)).toBe(0)
  })

  it('moves left and wraps from the first tab to the last', () => {
    expect(tabIndexAfterKey('ArrowLeft', 2, 4)).toBe(1)
    expect(tabIndexAfterKey('ArrowLeft', 0, 4)).toBe(3)
  })

  it('goes to the ends with Home and End', () => {
    expect(tabIndexAfterKey('Home', 2, 4)).toBe(0)
    expect(tabIndexAfterKey('End', 0, 4)).toBe(3)
  })

  it('leaves other keys to the browser', () => {
    expect(tabIndexAfterKey('Enter', 1, 4)).toBeUndefined()
    expect(tabIndexAfterKey('ArrowRight', 0, 0)).toBeUndefined()
  })
})
