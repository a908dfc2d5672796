import type { RuntimeEnv } from './adapter'

/**
 * The base URL of Seatkeeper's own simulator of a distributor (`<sandboxOrigin>/<path>`), which
 * exists only where the app runs locally; elsewhere the environment is refused with `refusal`,
 * words that tell the user which real environment to choose instead.
 */
export function sandboxBase(env: RuntimeEnv | undefined, path: string, refusal: string): string {
  if (!env?.sandboxOrigin) throw new Error(refusal)
  return `${env.sandboxOrigin.replace(/\/+$/, '')}/${path}`
}
