import { describe, expect, it } from 'vitest'
import { filterPickerOptions } from './picker-options'

describe('filterPickerOptions', () => {
  const options = [
    { value: '1', label: 'Contoso Ltd' },
    { value: '2', label: 'The Contoso Group' },
    { value: '3', label: 'Fabrikam', hint: 'contoso.example' },
    { value: '4', label: 'Café Zürich' },
  ]

  it('puts labels that start with the query first', () => {
    expect(filterPickerOptions(options, 'contoso').map((option) => option.value)).toEqual([
      '1',
      '2',
      '3',
    ])
  })

  it('ignores case and accents and needs every word', () => {
    expect(filterPickerOptions(options, 'cafe zur').map((option) => option.value)).toEqual(['4'])
    expect(filterPickerOptions(options, 'contoso group').map((option) => option.value)).toEqual([
      '2',
    ])
  })

  it('shows the first options when nothing is typed, up to the limit', () => {
    expect(filterPickerOptions(options, '  ', 2)).toHaveLength(2)
  })
})
