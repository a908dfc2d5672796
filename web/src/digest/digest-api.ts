import {
  DigestSchema,
  DigestSettingsViewSchema,
  DigestTestResultSchema,
  type DigestSettingsInput,
  type DigestSettingsView,
} from '@seatkeeper/core'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { sendJson } from '../api/send-json'

/** Query keys of the daily digest; the one key factory for this noun. */
export const digestKeys = {
  all: ['digest'] as const,
  settings: () => [...digestKeys.all, 'settings'] as const,
  preview: () => [...digestKeys.all, 'preview'] as const,
}

/** GET /api/digest/settings: where digests go (the webhook's host only, never its URL). */
export function getDigestSettings(signal?: AbortSignal): Promise<DigestSettingsView> {
  return fetchApi(
    '/api/digest/settings',
    parseWith(DigestSettingsViewSchema, 'GET /api/digest/settings'),
    { signal },
  )
}

/** PUT /api/digest/settings: a new webhook URL or e-mail address; null removes one. */
export function putDigestSettings(input: DigestSettingsInput) {
  return sendJson(
    'PUT',
    '/api/digest/settings',
    input,
    parseWith(DigestSettingsViewSchema, 'PUT /api/digest/settings'),
  )
}

/** GET /api/digest/preview: the digest as tonight's would read now. */
export function getDigestPreview(signal?: AbortSignal) {
  return fetchApi('/api/digest/preview', parseWith(DigestSchema, 'GET /api/digest/preview'), {
    signal,
  })
}

/** POST /api/digest/test: sends the digest now, and what happened to each delivery. */
export function sendTestDigest() {
  return sendJson(
    'POST',
    '/api/digest/test',
    {},
    parseWith(DigestTestResultSchema, 'POST /api/digest/test'),
  )
}
