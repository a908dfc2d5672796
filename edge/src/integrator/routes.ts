import { Hono } from 'hono'
import type { SyncNow, SyncNowRead } from '@seatkeeper/core'
import type { AppEnv } from '../app-env'
import { registerStub } from '../register/register-stub'
import { ConnectionNotFoundError, readStoredConnection } from '../vault'
import { startSyncNow } from './start-sync'

// "Sync now" shares the integrator's code with the cron, run in the background (start-sync.ts):
// the press answers at once and the web polls GET …/sync for the outcome. It holds its own lease
// (not the day's), so it runs even after today's sync, but two presses at once do not run twice.

async function requireConnection(env: Env, connectionId: string) {
  // An unknown id is the caller's mistake (404), not a failed sync to record on a status row.
  if (!(await readStoredConnection(env, connectionId)))
    throw new ConnectionNotFoundError(connectionId)
}

export const syncRoutes = new Hono<AppEnv>()
  .post('/:id/sync', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    return c.json((await startSyncNow(c.env, connectionId)) satisfies SyncNow, 202)
  })
  .get('/:id/sync', async (c) => {
    const connectionId = c.req.param('id')
    await requireConnection(c.env, connectionId)
    const latest = await registerStub(c.env).readSyncNow(connectionId)
    return c.json({ latest } satisfies SyncNowRead)
  })
