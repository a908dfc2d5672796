import { withConnectionWriteLock } from '../connections/with-connection-write-lock'
import { runtimeEnvOf } from '../http/runtime-env'
import { updateConnectionConfig, type OpenedConnection } from '../vault'

/**
 * The connection with the settings its PSA names found and saved (PsaAdapter.discoverSettings:
 * Autotask's zone from the API user name), so every call after uses them. `always` asks again
 * (Test Configuration: a database moved to another zone is followed); otherwise only when a
 * discovered field is still blank (an import or a run before the first test). Nothing is written
 * when the PSA names what is saved. A distributor, or a PSA with nothing to discover, passes as is.
 */
export async function withDiscoveredSettings(
  env: Env,
  opened: OpenedConnection,
  when: 'always' | 'when-blank',
): Promise<OpenedConnection> {
  if (opened.kind !== 'psa') return opened
  const { adapter, credentials } = opened
  const discover = adapter.discoverSettings
  if (!discover) return opened
  const blank = adapter.fields.some(
    (field) => field.discovered && (credentials.config[field.key] ?? '').trim() === '',
  )
  if (when === 'when-blank' && !blank) return opened
  // Looked up at call time, so tests (and anything wrapping fetch) see the call.
  const found = await discover(
    (input, init) => fetch(input, init),
    credentials.config,
    runtimeEnvOf(env),
  )
  const config = { ...credentials.config, ...found }
  if (Object.entries(found).every(([key, value]) => credentials.config[key] === value))
    return opened
  const meta = await withConnectionWriteLock(env, opened.connection.id, () =>
    updateConnectionConfig(env, opened.connection.id, found),
  )
  return { ...opened, connection: meta, credentials: { ...credentials, config } }
}
