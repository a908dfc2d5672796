import { createDirectHttp, type DistributorHttp } from '@seatkeeper/distributors'
import type { PsaAdapter } from '@seatkeeper/psa'
import { AppError } from '../http/app-error'
import { connectionTokens, tokenCacheKey } from '../http/connection-tokens'
import { runtimeEnvOf } from '../http/runtime-env'
import { registerStub } from '../register/register-stub'
import { openConnection, vaultRotation, type OpenedConnection } from '../vault'
import { withDiscoveredSettings } from './discover-psa-settings'
import { psaFailure } from './psa-failure'

export type OpenedPsaConnection = Extract<OpenedConnection, { kind: 'psa' }>

/**
 * A PSA connection opened from the vault with a direct client to its PSA (the pacing, retries,
 * token cache and redaction every upstream call has). A distributor's connection is refused:
 * billing lines come from PSAs. The vault's own refusals (404, 409, 503) pass on as they are.
 */
export async function openPsaConnection(
  env: Env,
  id: string,
): Promise<{ opened: OpenedPsaConnection; adapter: PsaAdapter; http: DistributorHttp }> {
  const stored = await openConnection(env, id)
  if (stored.kind !== 'psa') {
    throw new AppError(
      'invalid',
      `Connection "${stored.connection.name}" is to ${stored.adapter.label}, a distributor: billing lines are imported from and written to PSA connections (HaloPSA, ConnectWise PSA, Autotask).`,
    )
  }
  // A setting the PSA names (Autotask's zone) not found yet is found now, before the first call.
  const opened = (await withDiscoveredSettings(env, stored, 'when-blank').catch(
    (error: unknown) => {
      throw psaFailure(error, stored.adapter)
    },
  )) as OpenedPsaConnection
  const http = createDirectHttp({
    adapter: opened.adapter,
    credentials: opened.credentials,
    // Looked up at call time, so tests (and anything wrapping fetch) see the calls.
    fetch: (input, init) => fetch(input, init),
    cacheKey: tokenCacheKey(opened.connection),
    cache: connectionTokens,
    rotation: vaultRotation(env, registerStub(env), opened),
    env: runtimeEnvOf(env),
    // Someone is waiting on the preview: a short retry, then say what failed.
    retry: { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 2_000, budgetMs: 5_000 },
    timeoutMs: 20_000,
  })
  return { opened, adapter: opened.adapter, http }
}
