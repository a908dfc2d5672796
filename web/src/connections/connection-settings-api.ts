import {
  ConnectionSettingsSchema,
  QuarantineDecisionResultSchema,
  QuarantineListSchema,
  type ConnectionSettings,
  type QuarantineDecision,
} from '@seatkeeper/core'
import { sendJson } from './send-json'

const at = (id: string) => `/api/connections/${encodeURIComponent(id)}` as const

export function getConnectionSettings(id: string, signal?: AbortSignal) {
  return sendJson('GET', `${at(id)}/settings`, ConnectionSettingsSchema, undefined, signal)
}

export function putConnectionSettings(id: string, settings: ConnectionSettings) {
  return sendJson('PUT', `${at(id)}/settings`, ConnectionSettingsSchema, settings)
}

export async function listQuarantine(id: string, signal?: AbortSignal) {
  const answer = await sendJson(
    'GET',
    `${at(id)}/quarantine`,
    QuarantineListSchema,
    undefined,
    signal,
  )
  return answer.items
}

export function decideQuarantined(
  id: string,
  subscriptionId: string,
  decision: QuarantineDecision,
) {
  return sendJson(
    'POST',
    `${at(id)}/quarantine/${encodeURIComponent(subscriptionId)}`,
    QuarantineDecisionResultSchema,
    { decision },
  )
}
