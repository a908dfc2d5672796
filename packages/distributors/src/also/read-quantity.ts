import type { AlsoSubscription } from './schemas'

// Quantity is not a top-level field: it is the licence parameter a priceable item is charged by
// (PriceableItems[].FieldName → Fields[].Name), or failing that a field named like a seat count.
// Field names vary per service [I]: "Quantity" (fixtures, PHP samples), "Licenses"/"Seats"/"Users"
// and "NumberOfUsers"/"UserCount"/"Mailboxes" as seen in public integration scripts.
const SEAT_FIELD =
  /^(quantity|qty|amount|count|licen[cs]es?|numberoflicen[cs]es|licen[cs]ecount|seats?|seatcount|users?|numberofusers|usercount|mailboxes|devices|numberofdevices)$/i

export type QuantityReading =
  { ok: true; quantity: number; fieldName?: string } | { ok: false; field: string; message: string }

function asCount(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** The seat count of an ALSO subscription, and which field it came from. */
export function readQuantity(subscription: AlsoSubscription): QuantityReading {
  const fields = subscription.Fields ?? []
  const charged = (subscription.PriceableItems ?? [])
    .filter((item) => item.FieldName)
    .sort((a, b) => Number(b.IsUdrcField === true) - Number(a.IsUdrcField === true))
    .map((item) => item.FieldName as string)
  const index =
    charged.map((name) => fields.findIndex((f) => f.Name === name)).find((i) => i >= 0) ??
    fields.findIndex((f) => SEAT_FIELD.test(f.Name.replace(/[\s_-]/g, '')))
  const field = fields[index]
  const items = subscription.PriceableItems ?? []
  const usageOnly =
    items.length > 0 &&
    items.every((item) => item.ChargeType?.toLowerCase() === 'usage' && !item.FieldName)
  if (!field && usageOnly) {
    // Priced by consumption only (an Azure plan): there is no seat count, the plan is one unit.
    // That is what the charge types say, not a guess, so it is read as 1 [I].
    return { ok: true, quantity: 1 }
  }
  if (!field) {
    // Never a default: a seat count guessed as 1 would be written to the register as a fact.
    const names = fields.map((f) => JSON.stringify(f.Name)).join(', ')
    return {
      ok: false,
      field: 'Fields',
      message: `holds no seat count (${names ? `fields: ${names}` : 'no fields'}${charged.length ? `; priced by ${charged.map((n) => JSON.stringify(n)).join(', ')}` : ''})`,
    }
  }
  const quantity = asCount(field.Value)
  if (quantity === undefined) {
    return {
      ok: false,
      field: `Fields[${index}].Value`,
      message: `is ${JSON.stringify(field.Value)} (expected a seat count, a number of at least 0, for field "${field.Name}")`,
    }
  }
  return { ok: true, quantity, fieldName: field.Name }
}
