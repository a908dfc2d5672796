import * as v from 'valibot'

/** The connection a plan is made for: its id and the distributor behind it. */
export const ConnectionRefSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  /** Adapter id, e.g. "dickerdata". */
  distributor: v.pipe(v.string(), v.minLength(1)),
  /** Display name, e.g. "Dicker Data": written as "created by" and on each subscription. */
  distributorLabel: v.pipe(v.string(), v.minLength(1)),
})
export type ConnectionRef = v.InferOutput<typeof ConnectionRefSchema>

/** Options under the Customer Mappings tab. */
export const CustomerImportOptionsSchema = v.object({
  /** Top level new customers are created under; none when absent. */
  topLevelId: v.optional(v.string()),
  /** Update the main site address of existing customers from the distributor. */
  updateMainSiteAddress: v.boolean(),
})
export type CustomerImportOptions = v.InferOutput<typeof CustomerImportOptionsSchema>

/** Options of an Import Subscriptions run. */
export const SubscriptionImportOptionsSchema = v.object({
  /** Import only this register customer's subscriptions; all mapped customers when absent. */
  customerId: v.optional(v.string()),
  /** Set price and cost on imported subscriptions. */
  setPriceAndCost: v.boolean(),
  /** What an explicitly deleted subscription does here: inactive (true) or quantity 0 (false). */
  deactivateDeleted: v.boolean(),
})
export type SubscriptionImportOptions = v.InferOutput<typeof SubscriptionImportOptionsSchema>

/** The Integrator tab: the daily sync of one connection. */
export const IntegratorSettingsSchema = v.object({
  enabled: v.boolean(),
  entities: v.object({ customers: v.boolean(), subscriptions: v.boolean() }),
  /** Deleted upstream → inactive; when off, quantity 0 and the status left as it was. */
  deactivateDeleted: v.boolean(),
  /**
   * Share (0–1) of a connection's active subscriptions a single listing may drop before the
   * drops are quarantined instead of applied.
   */
  deletionGuardShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
})
export type IntegratorSettings = v.InferOutput<typeof IntegratorSettingsSchema>

/** Everything a connection remembers about importing: the three tabs' options together. */
export const ConnectionSettingsSchema = v.object({
  customerImport: CustomerImportOptionsSchema,
  subscriptionImport: v.object({ setPriceAndCost: v.boolean() }),
  integrator: IntegratorSettingsSchema,
  /**
   * A PSA connection only: whether an approved change may be written back to the PSA. Absent or
   * false keeps the PSA read-only (the default), so nothing in the PSA changes until a person
   * turns it on.
   */
  writeBack: v.optional(v.boolean()),
})
export type ConnectionSettings = v.InferOutput<typeof ConnectionSettingsSchema>

/** Settings of a new connection: nothing synced until the user enables it. */
export function defaultConnectionSettings(): ConnectionSettings {
  return {
    customerImport: { updateMainSiteAddress: false },
    subscriptionImport: { setPriceAndCost: false },
    integrator: {
      enabled: false,
      entities: { customers: true, subscriptions: true },
      deactivateDeleted: true,
      deletionGuardShare: 0.2,
    },
  }
}
