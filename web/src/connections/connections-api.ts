import * as v from 'valibot'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { sendJson, type WriteMethod } from '../api/send-json'
import {
  ConnectionDeletedSchema,
  ConnectionListSchema,
  ConnectionViewSchema,
  DistributorListSchema,
  ImportListingPageSchema,
  ImportListingReadSchema,
  ImportListingSchema,
  PsaListSchema,
  SyncNowReadSchema,
  SyncNowSchema,
  TestOutcomeSchema,
  type ConnectionView,
  type CreateConnectionBody,
  type ImportListingStart,
  type ImportListingWhat,
} from '@seatkeeper/core'

/** What the connection form sends; on PATCH an omitted or empty secret keeps the stored one. */
export type ConnectionInput = Omit<Required<CreateConnectionBody>, 'distributor'>

const at = (id: string) => `/api/connections/${encodeURIComponent(id)}` as const

function get<S extends v.GenericSchema>(path: `/api/${string}`, schema: S, signal?: AbortSignal) {
  return fetchApi(path, parseWith(schema, `GET ${path}`), { signal })
}

function write<S extends v.GenericSchema>(
  method: WriteMethod,
  path: `/api/${string}`,
  schema: S,
  body: unknown,
) {
  return sendJson(method, path, body, parseWith(schema, `${method} ${path}`))
}

export async function listDistributors(signal?: AbortSignal) {
  return (await get('/api/distributors', DistributorListSchema, signal)).distributors
}

/** The PSAs (billing systems) Seatkeeper can connect to, with the same form as a distributor's. */
export async function listPsas(signal?: AbortSignal) {
  return (await get('/api/psas', PsaListSchema, signal)).psas
}

export async function listConnections(signal?: AbortSignal): Promise<ConnectionView[]> {
  return (await get('/api/connections', ConnectionListSchema, signal)).connections
}

export function getConnection(id: string, signal?: AbortSignal) {
  return get(at(id), ConnectionViewSchema, signal)
}

export function createConnection(distributor: string, input: ConnectionInput) {
  return write('POST', '/api/connections', ConnectionViewSchema, { distributor, ...input })
}

export function updateConnection(id: string, input: ConnectionInput) {
  return write('PATCH', at(id), ConnectionViewSchema, input)
}

export function deleteConnection(id: string) {
  return write('DELETE', at(id), ConnectionDeletedSchema, {})
}

export function testConnection(id: string) {
  return write('POST', `${at(id)}/test`, TestOutcomeSchema, {})
}

/** Sync now: starts the background sync (or answers the one running); it does not wait for it. */
export function syncConnectionNow(id: string) {
  return write('POST', `${at(id)}/sync`, SyncNowSchema, {})
}

/** The connection's current or last Sync now. */
export async function getSyncNow(id: string, signal?: AbortSignal) {
  return (await get(`${at(id)}/sync`, SyncNowReadSchema, signal)).latest
}

/** The connection's current or last daily (cron) sync, with its progress while it runs. */
export async function getNightlySync(id: string, signal?: AbortSignal) {
  return (await get(`${at(id)}/nightly-sync`, SyncNowReadSchema, signal)).latest
}

/**
 * An import's listing at the edge: starts one, or answers the one running or a recent ready one
 * (unless `fresh`). Only for a distributor that reads one customer at a time (importListsAtEdge).
 */
export function startImportListing(id: string, asked: ImportListingStart) {
  return write('POST', `${at(id)}/import-listings`, ImportListingSchema, asked)
}

/** The connection's current or last import listing of this kind. */
export async function getImportListing(id: string, what: ImportListingWhat, signal?: AbortSignal) {
  return (await get(`${at(id)}/import-listings/${what}`, ImportListingReadSchema, signal)).latest
}

/** One page of a ready listing's records; each record is checked by the caller. */
export function getImportListingPage(
  id: string,
  listing: { id: string; what: ImportListingWhat },
  kind: 'customers' | 'subscriptions',
  cursor?: { part: number; chunk: number },
  signal?: AbortSignal,
) {
  const query = cursor ? `?part=${cursor.part}&chunk=${cursor.chunk}` : ''
  const path =
    `${at(id)}/import-listings/${listing.what}/${encodeURIComponent(listing.id)}/${kind}${query}` as const
  return get(path, ImportListingPageSchema, signal)
}
