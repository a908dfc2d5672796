import type { RuntimeEnv } from '@seatkeeper/distributors'

/** True only under `pnpm start`: the sandbox environment exists there and nowhere else. */
export function isLocalMode(env: Pick<Env, 'LOCAL_MODE'>): boolean {
  return env.LOCAL_MODE === 'true'
}

/** What adapter.endpoints gets: the sandbox origin in local mode, nothing in production. */
export function runtimeEnvOf(env: Pick<Env, 'LOCAL_MODE' | 'SANDBOX_ORIGIN'>): RuntimeEnv {
  return isLocalMode(env) && env.SANDBOX_ORIGIN ? { sandboxOrigin: env.SANDBOX_ORIGIN } : {}
}
