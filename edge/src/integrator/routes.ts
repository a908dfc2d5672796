import type { SyncOutcome } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { ConnectionNotFoundError, readStoredConnection } from '../vault'
import { LEASE_TTL_MS } from './lease-heartbeat'
import { runIntegrator } from './run-integrator'

// "Sync now" shares the integrator's code with the cron. It holds its own lease (not the day's),
// so it runs even after today's sync, but two presses at once do not run twice.

export const syncRoutes = new Hono<AppEnv>().post('/:id/sync', async (c) => {
  const connectionId = c.req.param('id')
  // An unknown id is the caller's mistake (404), not a failed sync to record on a status row.
  if (!(await readStoredConnection(c.env, connectionId)))
    throw new ConnectionNotFoundError(connectionId)
  const result = await runIntegrator(c.env, {
    connectionId,
    trigger: 'sync-now',
    lease: {
      key: `${connectionId}:now`,
      holder: crypto.randomUUID(),
      ttlMs: LEASE_TTL_MS,
      afterSuccess: 'release',
    },
  })
  // A connection deleted between the check and the run.
  if (result.outcome === 'skipped') throw new ConnectionNotFoundError(connectionId)
  return c.json({
    outcome: result.outcome,
    ...(result.runId ? { runId: result.runId } : {}),
    message: result.message,
  } satisfies SyncOutcome)
})
