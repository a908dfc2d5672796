import { parseCsv } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { precheckCsv } from '../ui/csv-precheck'
import { BILLING_LINE_CSV, billingLinesFileName } from './billing-lines-csv'

const check = (text: string) => precheckCsv(parseCsv(text).records.slice(0, 2), BILLING_LINE_CSV)
const HEADER = 'customer,description,item code,quantity,unit price,currency,period,start,end'

describe('billing-line CSV precheck', () => {
  it('lets a file through with every required column, in any case and order', () => {
    expect(check(`${HEADER}\nAcme,Backup,,5,4,AUD,monthly,,`)).toBeUndefined()
    expect(
      check(
        'Period,Currency,Unit_Price,QUANTITY,Description,Customer\nmonthly,AUD,4,5,Backup,Acme',
      ),
    ).toBeUndefined()
  })

  it('names every required column the header lacks, with the columns expected, before sending', () => {
    expect(check('customer,description,quantity\nAcme,Backup,5')).toBe(
      'The header row has no "unit price", "currency", "period" columns. The columns are: ' +
        'customer, description, item code, quantity, unit price, unit cost, currency, period, ' +
        'start, end (customer, description, quantity, unit price, currency, period required). ' +
        'Nothing was sent.',
    )
  })

  it('takes a file whose optional columns are left out', () => {
    const required = 'customer,description,quantity,unit price,currency,period'
    expect(check(`${required}\nAcme,Backup,1,2,AUD,annual`)).toBeUndefined()
  })

  it('refuses a header with no billing lines under it', () => {
    expect(check(`${HEADER}\n`)).toBe('The file has a header but no billing lines under it.')
  })
})

describe('billingLinesFileName', () => {
  it('names the export after the day it was made', () => {
    expect(billingLinesFileName(new Date('2026-12-02T23:30:00Z'))).toBe(
      'billing-lines-2026-12-02.csv',
    )
  })
})
