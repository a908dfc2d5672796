import type { Customer, Subscription } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { app } from '../../src/app'
import { applyNow, uniqueId, type Answer } from '../register/register-api'

/** A write as the web sends it, optionally with an Idempotency-Key. */
export async function send(
  method: string,
  path: string,
  body: unknown,
  key?: string,
): Promise<Answer> {
  const response = await app.request(
    `http://127.0.0.1${path}`,
    {
      method,
      headers: {
        origin: 'http://127.0.0.1',
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    },
    { ...env, LOCAL_MODE: 'true' },
  )
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** A customer with one active subscription of 12 seats, as a distributor import leaves them. */
export async function customerWithSubscription(
  name: string,
): Promise<{ customer: Customer; subscription: Subscription }> {
  const customer: Customer = { id: uniqueId('cus'), name, inactive: false, version: 1 }
  const id = uniqueId('sub')
  const subscription: Subscription = {
    id,
    customerId: customer.id,
    connectionId: 'conn-test',
    distributor: 'Sherweb',
    externalId: id,
    name: 'Microsoft 365 Business Premium',
    status: 'active',
    quantity: 12,
    active: true,
    version: 1,
  }
  await applyNow('manual', [
    { op: 'createCustomer', after: customer },
    { op: 'createSubscription', after: subscription },
  ])
  return { customer, subscription }
}

/** The fields of a monthly line of 10 seats at 36 AUD for `customerId`. */
export function lineInput(customerId: string) {
  return {
    customerId,
    description: 'Microsoft 365 Business Premium',
    itemCode: 'M365-BP',
    quantity: 10,
    unitPrice: 36,
    currency: 'aud',
    period: 'monthly',
  }
}
