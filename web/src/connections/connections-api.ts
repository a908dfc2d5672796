import {
  ConnectionDeletedSchema,
  ConnectionListSchema,
  ConnectionViewSchema,
  DistributorListSchema,
  SyncOutcomeSchema,
  TestOutcomeSchema,
  type ConnectionView,
  type CreateConnectionBody,
} from '@seatkeeper/core'
import { sendJson } from './send-json'

/** What the connection form sends; on PATCH an omitted or empty secret keeps the stored one. */
export type ConnectionInput = Omit<Required<CreateConnectionBody>, 'distributor'>

const at = (id: string) => `/api/connections/${encodeURIComponent(id)}` as const

export async function listDistributors(signal?: AbortSignal) {
  return (await sendJson('GET', '/api/distributors', DistributorListSchema, undefined, signal))
    .distributors
}

export async function listConnections(signal?: AbortSignal): Promise<ConnectionView[]> {
  return (await sendJson('GET', '/api/connections', ConnectionListSchema, undefined, signal))
    .connections
}

export function getConnection(id: string, signal?: AbortSignal) {
  return sendJson('GET', at(id), ConnectionViewSchema, undefined, signal)
}

export function createConnection(distributor: string, input: ConnectionInput) {
  return sendJson('POST', '/api/connections', ConnectionViewSchema, { distributor, ...input })
}

export function updateConnection(id: string, input: ConnectionInput) {
  return sendJson('PATCH', at(id), ConnectionViewSchema, input)
}

export function deleteConnection(id: string) {
  return sendJson('DELETE', at(id), ConnectionDeletedSchema, {})
}

export function testConnection(id: string) {
  return sendJson('POST', `${at(id)}/test`, TestOutcomeSchema, {})
}

export function syncConnectionNow(id: string) {
  return sendJson('POST', `${at(id)}/sync`, SyncOutcomeSchema, {})
}
