import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'
import { TOKEN_PATH } from './calls'

/*
 * The official SDK's ApiUrls know Production https://apiv1.crayon.com/ and Demo
 * https://demoapi.crayon.com/ [C: crayon-api-sdk CrayonApiClient.cs]. The bjerkio OpenAPI names
 * https://api.crayon.com/api/v1 instead; the SDK is Crayon's own, so its hosts are used. The
 * token endpoint is on the same host [C: TokenResource.cs].
 */
const ORIGINS: Record<string, string> = {
  production: 'https://apiv1.crayon.com',
  demo: 'https://demoapi.crayon.com',
}

/** Fixed hosts for the chosen environment; "sandbox" is Seatkeeper's own simulator, local only. */
export function crayonEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment ?? 'production'
  const origin = ORIGINS[environment]
  if (origin) return { baseUrl: origin, authUrl: `${origin}${TOKEN_PATH}` }
  if (environment === 'sandbox') {
    const base = sandboxBase(
      env,
      'crayon',
      'The Crayon sandbox environment only exists when Seatkeeper runs locally; choose Production or Demo for a real Crayon account.',
    )
    return { baseUrl: base, authUrl: `${base}${TOKEN_PATH}` }
  }
  throw new Error(
    `Unknown Crayon environment "${environment}": choose Production, Demo or Sandbox.`,
  )
}
