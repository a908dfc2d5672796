import { listConnections } from '../vault'
import { registerStub } from '../register/register-stub'
import { startSyncs } from './start-sync'
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
    if (settings.integrator.enabled)
      jobs.push({ trigger: 'cron', connectionId: connection.id, day })
  }
  await startSyncs(env, jobs)
  return jobs.length
}
