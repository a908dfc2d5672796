import { env } from 'cloudflare:workers'
import { app } from '../../src/app'

export type ApiAnswer = { status: number; body: any; text: string; headers: Headers }

/** Every answer the helpers below received, for tests that search them all for a secret. */
export const answers: ApiAnswer[] = []

/** Calls the edge as the local app on loopback does (LOCAL_MODE, same-origin JSON writes). */
export async function api(
  method: string,
  path: string,
  body?: unknown,
  overrides: Partial<Env> = {},
): Promise<ApiAnswer> {
  const init: RequestInit =
    method === 'GET'
      ? { method }
      : {
          method,
          headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        }
  const response = await app.request(`http://127.0.0.1${path}`, init, {
    ...env,
    LOCAL_MODE: 'true',
    ...overrides,
  })
  const text = await response.text()
  const answer = {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    text,
    headers: response.headers,
  }
  answers.push(answer)
  return answer
}

/** A Sherweb connection in the sandbox environment, with the given secrets. */
export function sherwebBody(secrets: Record<string, string>, name = 'Sherweb main') {
  return {
    distributor: 'sherweb',
    name,
    config: {
      environment: 'sandbox',
      clientId: 'seatkeeper-sandbox-client',
      companyName: 'harbourside-it',
    },
    secrets,
  }
}
