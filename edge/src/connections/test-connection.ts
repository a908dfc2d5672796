import type { TestOutcome } from '@seatkeeper/core'
import { createDirectHttp, isDistributorError, redactSecrets } from '@seatkeeper/distributors'
import { registerStub } from '../register/register-stub'
import { missingCurrency } from '../psa/connection-currency'
import { withDiscoveredSettings } from '../psa/discover-psa-settings'
import { openConnection, vaultRotation, type OpenedConnection } from '../vault'
import { runtimeEnvOf } from '../http/runtime-env'

type TestEnv = Env

/**
 * Test Configuration: the adapter's cheapest proving call, made directly with the saved
 * credentials and a fresh token cache (a cached token would prove nothing about the secret).
 * A distributor failure is an answer ({ok: false}), not an HTTP error: the user asked a question.
 */
export async function testConnection(env: TestEnv, id: string): Promise<TestOutcome> {
  const stored = await openConnection(env, id)
  const { connection, adapter } = stored
  const redact = (text: string) => redactSecrets(text, stored.credentials.secrets)
  try {
    return await testOpened(env, await withDiscoveredSettings(env, stored, 'always'), redact)
  } catch (error) {
    if (isDistributorError(error)) {
      const hint = adapter.hints[error.kind]
      const message =
        hint && !error.message.includes(hint) ? `${error.message} ${hint}` : error.message
      return { ok: false, kind: error.kind, message: redact(message) }
    }
    // A bug, answered by onError's generic 500; what it logs is redacted here, since the original
    // error may quote a secret.
    const what =
      error instanceof Error ? `${error.name}: ${redact(error.message)}` : 'unknown error'
    throw new Error(
      `Test Configuration of connection ${connection.id} (${adapter.id}) failed unexpectedly: ${what}`,
    )
  }
}

/** The proving call, with what a PSA connection still lacks to import (its billing currency). */
async function testOpened(
  env: TestEnv,
  opened: OpenedConnection,
  redact: (text: string) => string,
): Promise<TestOutcome> {
  const { connection, adapter, credentials } = opened
  const http = createDirectHttp({
    adapter,
    credentials,
    // A rotating secret is spent by the test too, so its successor is kept like any run's.
    rotation: vaultRotation(env, registerStub(env), opened),
    // Looked up at call time, so tests (and anything wrapping fetch) see the calls.
    fetch: (input, init) => fetch(input, init),
    cacheKey: connection.id,
    env: runtimeEnvOf(env),
    // Someone is waiting on the dialog: one retry after a short pause, then say what failed,
    // instead of the listing's patient backoff (up to a minute of a spinner for a down host).
    retry: { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 2_000, budgetMs: 3_000 },
    timeoutMs: 15_000,
  })
  const result = await adapter.testConfiguration(http)
  const details = result.details
    ? Object.fromEntries(Object.entries(result.details).map(([k, value]) => [k, redact(value)]))
    : undefined
  const missing = opened.kind === 'psa' ? missingCurrency(opened) : undefined
  const message = missing ? `${result.message} ${missing}` : result.message
  return { ok: true, message: redact(message), ...(details ? { details } : {}) }
}
