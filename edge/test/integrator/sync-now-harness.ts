import { SyncNowReadSchema, type SyncNow } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { expect } from 'vitest'
import { api } from '../connections/local-api'
import type { Outbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { deliver } from './integrator-harness'
import type { World } from '@seatkeeper/sandbox'

/**
 * SYNC_JOBS as the queue runs it: `send` returns at once and the Worker's consumer runs the message
 * afterwards, in the background. (The test pool's own queue would hand it to the consumer with the
 * test bindings, where the sandbox environment is refused; this one uses `pnpm start`'s.)
 */
export function backgroundQueue(consumerBindings?: Env) {
  const running: Promise<unknown>[] = []
  let sent = 0
  const run = (bodies: unknown[]) => {
    sent += bodies.length
    for (const body of bodies) {
      running.push(
        new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
          deliver([{ id: crypto.randomUUID(), body }], consumerBindings),
        ),
      )
    }
  }
  const queue = {
    ...env.SYNC_JOBS,
    send: async (body: unknown) => run([body]),
    sendBatch: async (batch: Iterable<MessageSendRequest>) => run([...batch].map((m) => m.body)),
  }
  return {
    bindings: { SYNC_JOBS: queue as unknown as Queue } satisfies Partial<Env>,
    /** How many messages were sent. */
    sent: () => sent,
    /** Resolves once every message sent so far has been consumed. */
    async idle(): Promise<void> {
      while (running.length) await Promise.all(running.splice(0))
    },
  }
}

export type BackgroundQueue = ReturnType<typeof backgroundQueue>

/** GET …/sync: the connection's current or last Sync now, checked against the contract. */
export async function latestSyncNow(
  connectionId: string,
  queue: BackgroundQueue,
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
export async function syncNow(connectionId: string, queue: BackgroundQueue): Promise<EndedSyncNow> {
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
