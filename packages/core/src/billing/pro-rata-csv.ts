import { toCsv } from '../csv/to-csv'
import type { Register } from '../model/register'
import type { ProRataCharge } from './pro-rata'

const HEADER = [
  'Customer',
  'Line',
  'Item code',
  'Changed on',
  'Charged until',
  'Seats',
  'Unit price',
  'Days',
  'Of days',
  'Amount',
  'Currency',
  'Subscription',
]

/** The charges as an invoice-ready CSV: names in words, one row per charge, formulas guarded. */
export function proRataCsv(register: Register, charges: readonly ProRataCharge[]): string {
  const customers = new Map(register.customers.map((c) => [c.id, c.name]))
  const lines = new Map(register.billingLines.map((l) => [l.id, l]))
  const subscriptions = new Map(register.subscriptions.map((s) => [s.id, s]))
  return toCsv([
    HEADER,
    ...charges.map((c) => {
      const line = lines.get(c.lineId)
      const s = subscriptions.get(c.subscriptionId)
      return [
        customers.get(c.customerId) ?? c.customerId,
        line?.description ?? c.lineId,
        line?.itemCode,
        c.date,
        c.until,
        c.quantityChange,
        c.unitPrice,
        c.days,
        c.periodDays,
        c.amount,
        c.currency,
        s ? `${s.distributor}: ${s.name}` : c.subscriptionId,
      ]
    }),
  ])
}
