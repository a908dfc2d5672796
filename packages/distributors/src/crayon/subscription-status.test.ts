import { describe, expect, it } from 'vitest'
import { readCrayonStatus } from './subscription-status'

describe('readCrayonStatus', () => {
  it('decodes each of the nine documented flags on its own', () => {
    const read = (value: number) => {
      const reading = readCrayonStatus(value)
      return reading.ok ? [reading.flags, reading.status] : reading.reason
    }
    expect([1, 2, 4, 8, 16, 32, 64, 128, 256].map(read)).toEqual([
      [['Active'], 'active'],
      [['Suspended'], 'suspended'],
      [['Deleted'], 'deleted'],
      [['CustomerCancellation'], 'cancelled'],
      [['Converted'], 'cancelled'],
      [['Expired'], 'cancelled'],
      [['Pending'], 'pending'],
      [['Cancelled'], 'cancelled'],
      [['Disabled'], 'suspended'],
    ])
  })

  it('lets the most final flag win when several are set', () => {
    expect(readCrayonStatus(1 | 2)).toMatchObject({
      status: 'suspended',
      flags: ['Active', 'Suspended'],
    })
    expect(readCrayonStatus(8 | 128)).toMatchObject({ status: 'cancelled' })
    expect(readCrayonStatus(4 | 128)).toMatchObject({ status: 'deleted' })
    expect(readCrayonStatus(1 | 64)).toMatchObject({ status: 'pending' })
  })

  it('names an undocumented bit as a problem instead of guessing', () => {
    expect(readCrayonStatus(512)).toEqual({
      ok: false,
      reason:
        'its status 512 has flag value(s) Crayon does not document (512 beyond the nine known flags)',
    })
    expect(readCrayonStatus(2 ** 40 + 1)).toMatchObject({ ok: false })
  })

  it('names status 0 and negative values as problems', () => {
    expect(readCrayonStatus(0)).toEqual({
      ok: false,
      reason: 'its status is 0, which names no Crayon status',
    })
    expect(readCrayonStatus(-1)).toMatchObject({ ok: false })
  })
})
