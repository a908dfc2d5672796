import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus } from '../http/error-for-status'
import { parseJsonBody } from '../http/parse-json-body'
import { parseResponse } from '../http/parse-response'
import { readRetryAfter } from '../http/read-retry-after'
import { dickerdataHints } from './hints'
import { DICKERDATA } from './identity'
import { ACCESS_KEY_CALL, ACCESS_KEY_PATH } from './paths'
import { readDickerDataError } from './read-error'
import { AccessKeyResponseSchema } from './schemas'

/*
 * The AccessKey lifetime is not documented; the threepointnz client keeps it for a PHP session [I].
 * Assume 20 minutes and renew 60 s before; a 401 earlier than that makes the shared client drop the
 * cached key and call authorize again, so a shorter real lifetime costs one retry, not a failure.
 */
const ASSUMED_KEY_LIFETIME_MS = 20 * 60_000
const RENEW_BEFORE_MS = 60_000

const site = { distributor: DICKERDATA.id, label: DICKERDATA.label, call: ACCESS_KEY_CALL }

/**
 * Exchanges the API token for an AccessKey (POST AccessKeyRequest), cached per connection, and
 * returns the headers every B2B call carries: Bearer key, a fresh DD-TransactionID, DD-ApiVersion.
 */
export async function authorizeDickerData(ctx: AuthContext): Promise<AuthHeaders> {
  const key = await accessKey(ctx)
  return {
    Authorization: `Bearer ${key}`,
    'DD-TransactionID': crypto.randomUUID(),
    // The two public clients disagree (v1 / 1.0); the fixtures and the test host use v1 [C].
    'DD-ApiVersion': 'v1',
    Accept: 'application/json',
  }
}

async function accessKey(ctx: AuthContext): Promise<string> {
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - RENEW_BEFORE_MS > ctx.now()) return cached.value

  const token = ctx.credentials.secrets.apiToken?.trim()
  if (!token) {
    throw new DistributorError({
      kind: 'auth',
      distributor: DICKERDATA.id,
      call: ACCESS_KEY_CALL,
      message: `${DICKERDATA.label} needs an API token, and this connection has none saved. ${dickerdataHints.auth}`,
    })
  }
  const accountCode = ctx.credentials.config.accountCode?.trim()
  const body = {
    AccessToken: token,
    TransactionID: crypto.randomUUID(),
    // Only one public client sends AccountCode [C]; it is left out when the user gave none.
    ...(accountCode ? { AccountCode: accountCode } : {}),
  }

  let res: Response
  try {
    res = await ctx.fetch(`${ctx.endpoints.baseUrl}${ACCESS_KEY_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
    })
  } catch {
    throw new DistributorError({
      kind: 'unavailable',
      distributor: DICKERDATA.id,
      call: ACCESS_KEY_CALL,
      message: `${DICKERDATA.label} could not be reached on ${ACCESS_KEY_CALL}. ${dickerdataHints.unavailable}`,
    })
  }
  const answer = { status: res.status, headers: res.headers, text: await res.text() }
  const reading = readDickerDataError(answer)

  if (answer.status < 200 || answer.status >= 300) {
    const retryAfterMs = readRetryAfter(answer.headers, ctx.now())
    throw errorForStatus({
      ...site,
      status: answer.status,
      hints: dickerdataHints,
      ...(reading?.detail ? { detail: reading.detail } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    })
  }

  const granted = parseResponse(AccessKeyResponseSchema, parseJsonBody(answer, site), site)
  // A refusal may come as 200 {"AccessKey":null,"Status":"DENIED"} (the denied shape is [I]).
  if (granted.Status.toUpperCase() !== 'GRANTED' || !granted.AccessKey) {
    throw new DistributorError({
      kind: 'auth',
      distributor: DICKERDATA.id,
      call: ACCESS_KEY_CALL,
      status: answer.status,
      message: `${DICKERDATA.label} refused the API token on ${ACCESS_KEY_CALL} (status "${granted.Status.slice(0, 40)}"). ${dickerdataHints.auth}`,
    })
  }
  ctx.cache.set(ctx.cacheKey, granted.AccessKey, ctx.now() + ASSUMED_KEY_LIFETIME_MS)
  return granted.AccessKey
}
