import type { Operation } from './operation'

/** An operation in a few words for an error message: "update subscription sub_1". */
export function operationLabel(operation: Operation): string | undefined {
  // A client may send anything: read the parts defensively.
  const o = operation as {
    op?: unknown
    after?: { id?: unknown; externalCustomerId?: unknown; findingId?: unknown }
    before?: { id?: unknown; externalCustomerId?: unknown; findingId?: unknown }
    customerId?: unknown
    subscriptionId?: unknown
    lineId?: unknown
    externalCustomerId?: unknown
  }
  const id =
    o.subscriptionId ??
    o.lineId ??
    o.customerId ??
    o.externalCustomerId ??
    o.after?.id ??
    o.after?.externalCustomerId ??
    o.before?.id ??
    o.before?.externalCustomerId ??
    o.after?.findingId ??
    o.before?.findingId
  if (typeof o.op !== 'string') return undefined
  const words = o.op.replace(/([A-Z])/g, ' $1').toLowerCase()
  return typeof id === 'string' ? `${words} ${id.slice(0, 60)}` : words
}
