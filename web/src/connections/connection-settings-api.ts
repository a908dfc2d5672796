import {
  ConnectionSettingsSchema,
  QuarantinedSchema,
  type ConnectionSettings,
} from '@seatkeeper/core'
import * as v from 'valibot'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { sendJson } from '../api/send-json'

const at = (id: string) => `/api/connections/${encodeURIComponent(id)}` as const

export function getConnectionSettings(id: string, signal?: AbortSignal) {
  const path = `${at(id)}/settings` as const
  return fetchApi(path, parseWith(ConnectionSettingsSchema, `GET ${path}`), { signal })
}

export function putConnectionSettings(id: string, settings: ConnectionSettings) {
  const path = `${at(id)}/settings` as const
  return sendJson('PUT', path, settings, parseWith(ConnectionSettingsSchema, `PUT ${path}`))
}

export async function listQuarantine(id: string, signal?: AbortSignal) {
  const path = `${at(id)}/quarantine` as const
  const schema = v.object({ items: v.array(QuarantinedSchema) })
  return (await fetchApi(path, parseWith(schema, `GET ${path}`), { signal })).items
}

export function decideQuarantined(
  id: string,
  subscriptionId: string,
  decision: 'release' | 'keep',
) {
  const path = `${at(id)}/quarantine/${encodeURIComponent(subscriptionId)}` as const
  const schema = v.object({ runId: v.optional(v.nullable(v.string())) })
  return sendJson('POST', path, { decision }, parseWith(schema, `POST ${path}`))
}
