import type * as v from 'valibot'
import { mappingKey } from '../mapping/mapping-index'
import type { RecordTable } from '../operations/record-of'
import { BillingLineSchema, DismissalSchema } from './billing'
import {
  CustomerSchema,
  MappingSchema,
  SubscriptionSchema,
  TopLevelSchema,
  type Register,
} from './register'

type Kind<T> = {
  /** The record's model: what the register accepts (docs/register.md). */
  schema: v.GenericSchema<unknown, T>
  /** The record's key, as `recordOf` names it. */
  key: (record: T) => string
}

/**
 * The register's record kinds, in the order they are sent and stored: the one list the edge's
 * snapshot paging and the browser's IndexedDB stores are made from. A new kind of record is one
 * entry here (and its array on `Register`).
 */
export const RECORD_KINDS: { [K in RecordTable]: Kind<Register[K][number]> } = {
  topLevels: { schema: TopLevelSchema, key: (t) => t.id },
  customers: { schema: CustomerSchema, key: (c) => c.id },
  subscriptions: { schema: SubscriptionSchema, key: (s) => s.id },
  mappings: { schema: MappingSchema, key: (m) => mappingKey(m.connectionId, m.externalCustomerId) },
  billingLines: { schema: BillingLineSchema, key: (l) => l.id },
  // A dismissal's key is the finding it hides.
  dismissals: { schema: DismissalSchema, key: (d) => d.findingId },
}

/** The record kinds' names, in `RECORD_KINDS` order. */
export const RECORD_TABLES = Object.keys(RECORD_KINDS) as RecordTable[]

/** The key of a record of `table`. */
export function recordKey<K extends RecordTable>(table: K, record: Register[K][number]): string {
  return (RECORD_KINDS[table].key as (r: Register[K][number]) => string)(record)
}
