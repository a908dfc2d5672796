import { listConnections } from '../vault'
import { registerStub } from '../register/register-stub'
import { utcDay, type SyncJob } from './sync-job'

/**
 * The daily Cron Trigger: one SYNC_JOBS message per integrator-enabled connection, so one slow or
 * failing distributor never holds up the others and each is retried on its own.
 */
export async function enqueueSyncJobs(controller: ScheduledController, env: Env): Promise<number> {
  const day = utcDay(controller.scheduledTime)
  const register = registerStub(env)
  const jobs: SyncJob[] = []
  for (const connection of await listConnections(env)) {
    const settings = await register.getSettings(connection.id)
    if (settings.integrator.enabled) jobs.push({ connectionId: connection.id, day })
  }
  // sendBatch takes at most 100 messages per call.
  for (let i = 0; i < jobs.length; i += 100) {
    await env.SYNC_JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body })))
  }
  return jobs.length
}
