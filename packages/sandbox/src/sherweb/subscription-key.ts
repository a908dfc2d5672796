import type { Context } from 'hono'
import { sherwebProblem } from './sherweb-problem'

/**
 * Sherweb's gateway (Azure API Management) wants the subscription key on every call, the token
 * exchange included, as the Ocp-Apim-Subscription-Key header or the subscription-key query [C].
 * Returns the refusal to send, or undefined when the key is right.
 */
export function refuseSubscriptionKey(c: Context, expected: string): Response | undefined {
  const given = c.req.header('ocp-apim-subscription-key') ?? c.req.query('subscription-key')
  if (!given) {
    return sherwebProblem(
      401,
      'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    )
  }
  if (given !== expected) {
    return sherwebProblem(
      401,
      'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
    )
  }
  return undefined
}
