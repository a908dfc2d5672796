import * as v from 'valibot'
import { ExternalCustomerSchema, ExternalSubscriptionSchema } from './external'

/**
 * What an adapter listed. `complete: false` means part of it could not be read; an absence from an
 * incomplete listing is never taken as a deletion.
 */
export type ListingSnapshot<T> = { items: readonly T[]; complete: boolean }

export const SyncListingSchema = v.object({
  customers: v.object({ items: v.array(ExternalCustomerSchema), complete: v.boolean() }),
  subscriptions: v.object({ items: v.array(ExternalSubscriptionSchema), complete: v.boolean() }),
})
export type SyncListing = v.InferOutput<typeof SyncListingSchema>
