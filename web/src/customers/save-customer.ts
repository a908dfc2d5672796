import type { Customer, CustomerInput, CustomerPatch } from '@seatkeeper/core'
import { isUnreachable } from '../api/api-error'
import { createCustomer, updateCustomer } from '../api/customer-api'
import { outboxDb } from '../db/outbox-db'
import { isOnline } from '../network/connectivity'
import { enqueueEdit } from '../offline/flush-outbox'
import { outboxKeys } from '../offline/outbox-keys'
import { queryClient } from '../query-client'
import { refreshRegister } from '../register/submit-plan'

export type CustomerSave =
  | { mode: 'create'; input: CustomerInput; idempotencyKey: string }
  | { mode: 'update'; customer: Customer; patch: CustomerPatch }

export type SaveOutcome = { kind: 'saved'; customer: Customer } | { kind: 'queued' }

/**
 * Saves a customer now when the API answers, or keeps the edit in the outbox (sent once the
 * network is back) when it cannot be reached. Refusals (400, 409) are thrown with the edge's words.
 */
export async function saveCustomer(save: CustomerSave): Promise<SaveOutcome> {
  if (!isOnline()) return queue(save)
  try {
    const customer =
      save.mode === 'create'
        ? await createCustomer(save.input, save.idempotencyKey)
        : await updateCustomer(save.customer.id, save.patch)
    await refreshRegister().catch(() => undefined)
    return { kind: 'saved', customer }
  } catch (error) {
    if (isUnreachable(error)) return queue(save)
    throw error
  }
}

async function queue(save: CustomerSave): Promise<SaveOutcome> {
  await enqueueEdit(
    outboxDb,
    save.mode === 'create'
      ? {
          kind: 'create-customer',
          label: `Create customer “${save.input.name}”`,
          body: save.input,
          // The same key as the attempt that may have reached the edge before the answer was lost.
          idempotencyKey: save.idempotencyKey,
        }
      : {
          kind: 'update-customer',
          label: `Edit customer “${save.customer.name}”`,
          customerId: save.customer.id,
          body: save.patch,
        },
  )
  await queryClient.invalidateQueries({ queryKey: outboxKeys.all })
  return { kind: 'queued' }
}
