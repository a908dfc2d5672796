import { createCustomer, updateCustomer } from '../api/customer-api'
import type { OutboxEntry } from '../db/outbox-entry'

/** Sends one outbox entry as the API call it stands for. */
export async function sendOutboxEntry(entry: OutboxEntry): Promise<void> {
  switch (entry.kind) {
    case 'create-customer':
      await createCustomer(entry.body, entry.idempotencyKey ?? entry.id)
      return
    case 'update-customer':
      await updateCustomer(entry.customerId, entry.body)
      return
  }
}
