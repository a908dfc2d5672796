import { emptySummary, type PlanOperation, type Plan, type Register } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { app } from '../../src/app'

export type Answer = { status: number; body: any }

/** Calls the edge as the local app on loopback does (LOCAL_MODE, same-origin JSON writes). */
export async function call(method: string, path: string, body?: unknown): Promise<Answer> {
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
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

export async function snapshot(): Promise<Register> {
  return (await call('GET', '/api/register')).body as Register
}

export async function runCount(): Promise<number> {
  return (await call('GET', '/api/runs?limit=200')).body.runs.length
}

/** A plan of the given kind over `operations`, made from `baseVersion`. */
export function plan(
  kind: Plan['kind'],
  baseVersion: number,
  operations: PlanOperation[],
  connectionId = 'conn-test',
): Plan {
  return {
    kind,
    connectionId,
    baseVersion,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
}

/** Applies a plan made from the current version through the API; returns the answer. */
export async function applyNow(
  kind: Plan['kind'],
  operations: PlanOperation[],
  connectionId = 'conn-test',
): Promise<Answer> {
  const { version } = await snapshot()
  return call('POST', '/api/register/plans', {
    baseVersion: version,
    plan: plan(kind, version, operations, connectionId),
  })
}

let counter = 0
/** An id no other test uses, so tests can share the one register. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`
}
