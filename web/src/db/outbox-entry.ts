import * as v from 'valibot'
import { CustomerInputSchema, CustomerPatchSchema } from '@seatkeeper/core'

/**
 * Where an offline edit stands. pending → sending → sent | conflict | failed; a network failure
 * while sending puts it back to pending. `sending` is written BEFORE the request, so an entry found
 * still `sending` later (the tab closed mid-request) is never re-sent blindly: it becomes `uncertain`.
 */
export const OutboxStateSchema = v.picklist([
  'pending',
  'sending',
  'sent',
  'conflict',
  'failed',
  'uncertain',
])

const common = {
  id: v.string(),
  createdAt: v.string(),
  /** What the person did, in words, for the outbox list ("Create customer “Acme”"). */
  label: v.string(),
  state: OutboxStateSchema,
  attempts: v.number(),
  error: v.optional(v.string()),
  sentAt: v.optional(v.string()),
}

/** One edit made offline, waiting in IndexedDB to be sent once. */
export const OutboxEntrySchema = v.variant('kind', [
  v.object({
    ...common,
    kind: v.literal('create-customer'),
    body: CustomerInputSchema,
    /**
     * The create's Idempotency-Key, sent on every resend so a lost answer never makes a second
     * customer. Entries queued before it existed have none and use their own id instead.
     */
    idempotencyKey: v.optional(v.string()),
  }),
  v.object({
    ...common,
    kind: v.literal('update-customer'),
    customerId: v.string(),
    body: CustomerPatchSchema,
  }),
])
export type OutboxEntry = v.InferOutput<typeof OutboxEntrySchema>

/** The part of an entry a caller chooses; the rest is filled in when it is queued. */
export type OutboxEdit =
  | {
      kind: 'create-customer'
      label: string
      body: Extract<OutboxEntry, { kind: 'create-customer' }>['body']
      idempotencyKey?: string
    }
  | {
      kind: 'update-customer'
      label: string
      customerId: string
      body: Extract<OutboxEntry, { kind: 'update-customer' }>['body']
    }
