import {
  ConnectionSettingsSchema,
  QuarantinedSchema,
  type ConnectionSettings,
} from '@seatkeeper/core'
import * as v from 'valibot'
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
    v.object({ items: v.array(QuarantinedSchema) }),
    undefined,
    signal,
  )
  return answer.items
}

export function decideQuarantined(
  id: string,
  subscriptionId: string,
  decision: 'release' | 'keep',
) {
  return sendJson(
    'POST',
    `${at(id)}/quarantine/${encodeURIComponent(subscriptionId)}`,
    v.object({ runId: v.optional(v.nullable(v.string())) }),
    { decision },
  )
}
