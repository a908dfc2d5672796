import { env } from 'cloudflare:workers'
import { app } from '../../src/app'
import type { createTestSigner } from '../auth/test-access-team'
import { answers, type ApiAnswer } from '../connections/local-api'

const HOST = 'https://seatkeeper.msp.example'

/** The API as a deployed Worker answers a user signed in by `signer` (Access, not local mode). */
export function productionApi(signer: Awaited<ReturnType<typeof createTestSigner>>) {
  return async function production(
    method: string,
    path: string,
    body?: unknown,
    overrides: Partial<Env> = {},
  ): Promise<ApiAnswer> {
    const headers = new Headers({ 'cf-access-jwt-assertion': await signer.sign() })
    if (method !== 'GET') {
      headers.set('origin', HOST)
      headers.set('content-type', 'application/json')
    }
    const response = await app.request(
      `${HOST}${path}`,
      { method, headers, ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }) },
      { ...env, ...overrides },
    )
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
}
