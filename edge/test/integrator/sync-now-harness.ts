import { SyncNowReadSchema, type SyncNow } from '@seatkeeper/core'
import * as v from 'valibot'
import { expect } from 'vitest'
import { api } from '../connections/local-api'
import type { Outbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import type { WorkflowStep } from 'cloudflare:workers'
import { runSync, type SyncParams } from '../../src/integrator/sync-workflow'
import { localEnv } from './integrator-harness'
import type { World } from '@seatkeeper/sandbox'

/**
 * SYNC_WORKFLOW for the edge project's tests: `create` answers at once and the sync's steps
 * (runSync, the workflow's own code) run afterwards in process, in the background, with `pnpm
 * start`'s bindings (the test Worker's own would refuse the sandbox environment). Each step runs
 * once and sleeps are skipped; what the engine adds (retries, resuming, de-duplicating ids) is
 * tested against the real engine in edge/test/workflows.
 */
export function backgroundSyncs(bindings: Env = localEnv) {
  const running: Promise<unknown>[] = []
  const ids = new Set<string>()
  const binding = {
    async create(options?: { id?: string; params?: SyncParams }) {
      const id = options?.id ?? crypto.randomUUID()
      if (ids.has(id)) throw new Error(`A workflow instance with id ${id} already exists.`)
      ids.add(id)
      const params = options?.params as SyncParams
      running.push(
        new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
          runSync(bindings, params, id, inlineStep),
        ),
      )
      return { id }
    },
    async get(id: string) {
      if (!ids.has(id)) throw new Error(`No workflow instance ${id}.`)
      return { id }
    },
  }
  return {
    bindings: { SYNC_WORKFLOW: binding as unknown as Workflow } satisfies Partial<Env>,
    /** How many syncs were started. */
    sent: () => ids.size,
    /** Resolves once every sync started so far has ended. */
    async idle(): Promise<void> {
      while (running.length) await Promise.all(running.splice(0))
    },
  }
}

/** Steps run at once, in order; a sleep is skipped. */
const inlineStep = {
  do: async (_name: string, config: unknown, work?: () => Promise<unknown>) =>
    (work ?? (config as () => Promise<unknown>))(),
  sleep: async () => {},
  sleepUntil: async () => {},
  waitForEvent: async () => {
    throw new Error('The sync waits for no event.')
  },
} as unknown as WorkflowStep

export type BackgroundSyncs = ReturnType<typeof backgroundSyncs>

/** GET …/sync: the connection's current or last Sync now, checked against the contract. */
export async function latestSyncNow(
  connectionId: string,
  queue: BackgroundSyncs,
): Promise<SyncNow | null> {
  const answer = await api(
    'GET',
    `/api/connections/${connectionId}/sync`,
    undefined,
    queue.bindings,
  )
  expect(answer.status, answer.text).toBe(200)
  return v.parse(SyncNowReadSchema, answer.body).latest
}

export type EndedSyncNow = Exclude<SyncNow, { state: 'running' }>

/** Presses Sync now and waits for its background run to end; the Sync now as it ended. */
export async function syncNow(connectionId: string, queue: BackgroundSyncs): Promise<EndedSyncNow> {
  const pressed = await api('POST', `/api/connections/${connectionId}/sync`, {}, queue.bindings)
  expect(pressed.status, pressed.text).toBe(202)
  await queue.idle()
  const latest = await latestSyncNow(connectionId, queue)
  expect(latest?.id).toBe(pressed.body.id)
  if (!latest || latest.state === 'running') throw new Error('The Sync now is still running.')
  return latest
}

/**
 * Serves `world` at SANDBOX_ORIGIN, but every request waits until `release()`: a distributor that
 * has not answered yet.
 */
export function serveHangingWorld(outbound: Outbound, world: World) {
  let release!: () => void
  const answered = new Promise<void>((resolve) => (release = resolve))
  const { handler } = testSandbox({ world })
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    await answered
    return handler(request)
  })
  return { release }
}
