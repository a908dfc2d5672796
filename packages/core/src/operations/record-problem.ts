import * as v from 'valibot'
import { sameValue } from './same-value'

/** What is wrong with a record an operation would produce: the field under `after`, and why. */
export type RecordProblem = { field: string; message: string }

const FIELD_WORDS: Record<string, string> = {
  topLevelId: 'top level',
  mainSite: 'main site',
  tenantId: 'tenant id',
  taxId: 'tax id',
  externalId: 'distributor id',
  externalName: 'distributor name',
  externalCustomerId: 'distributor customer id',
  customerId: 'customer',
  connectionId: 'connection',
  unitPrice: 'unit price',
  unitCost: 'unit cost',
  termMonths: 'term in months',
  billingCycle: 'billing cycle',
  startDate: 'start date',
  endDate: 'end date',
  contractEndDate: 'contract end date',
  autoRenew: 'auto-renew flag',
}

/** "mainSite.line1" in words: "main site line1". */
export function fieldWords(path: string): string {
  return path
    .split('.')
    .map((part) => FIELD_WORDS[part] ?? part)
    .join(' ')
}

/** The value as a message may quote it: never a long text, which may be megabytes. */
function quoted(value: unknown): string {
  if (value === undefined || value === null) return 'nothing'
  if (typeof value === 'string') {
    return value.length > 60
      ? `a text of ${value.length.toLocaleString('en')} characters`
      : JSON.stringify(value)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return Array.isArray(value) ? 'a list' : 'an object'
}

/**
 * The first way `record` breaks `schema` (the register's model), or undefined when it fits. The
 * field is the record's path, which is also its path under the operation's `after`.
 */
export function recordProblem(schema: v.GenericSchema, record: unknown): RecordProblem | undefined {
  const result = v.safeParse(schema, record)
  if (result.success) return undefined
  const issue = result.issues[0]
  const path = v.getDotPath(issue) ?? ''
  const what = path ? `the ${fieldWords(path)}` : 'the record'
  const message =
    issue.input === undefined && issue.kind === 'schema'
      ? `${what} is required; got nothing.`
      : `${what} ${issue.message}; got ${quoted(issue.input)}.`
  return { field: path ? `after.${path}` : 'after', message }
}

/**
 * The first field of `before` that is not the record's current value (core's one sameValue), or
 * undefined: a `before` that does not match would make the run ledger record a false history.
 */
export function beforeProblem(
  current: Record<string, unknown>,
  before: Record<string, unknown>,
): RecordProblem | undefined {
  for (const [key, value] of Object.entries(before)) {
    if (sameValue(current[key], value)) continue
    return {
      field: `before.${key}`,
      message: `the ${fieldWords(key)} was said to be ${quoted(value)} but is ${quoted(current[key])}; the plan was made from a different register. Prepare the preview again.`,
    }
  }
  return undefined
}
