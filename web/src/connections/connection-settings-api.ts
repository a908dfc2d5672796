import {
  ConnectionSettingsSchema,
  QuarantineDecisionResultSchema,
  QuarantineListSchema,
  type ConnectionSettings,
  type QuarantineDecision,
} from '@seatkeeper/core'
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
  return (await fetchApi(path, parseWith(QuarantineListSchema, `GET ${path}`), { signal })).items
}

export function decideQuarantined(
  id: string,
  subscriptionId: string,
  decision: QuarantineDecision,
) {
  const path = `${at(id)}/quarantine/${encodeURIComponent(subscriptionId)}` as const
  return sendJson(
    'POST',
    path,
    { decision },
    parseWith(QuarantineDecisionResultSchema, `POST ${path}`),
  )
}
