import { app } from './app'
import { DIGEST_CRON, sendDailyDigest } from './digest/send-daily-digest'
import { consumeSyncJobs } from './integrator/consume-sync-jobs'
import { enqueueSyncJobs } from './integrator/enqueue-sync-jobs'

export { RegisterObject } from './register/register-object'
export { SyncWorkflow } from './integrator/sync-workflow'

// The Worker entry only wires the three handlers; each lives with its resource. The handlers
// finish their work before returning, so the execution context is not needed.
export default {
  fetch: app.fetch,
  async scheduled(controller, env, _ctx) {
    // Two Cron Triggers (wrangler.toml): the nightly syncs, and the digest two hours after them.
    if (controller.cron === DIGEST_CRON) await sendDailyDigest(env, controller.scheduledTime)
    else await enqueueSyncJobs(controller, env)
  },
  async queue(batch, env, _ctx) {
    await consumeSyncJobs(batch, env)
  },
} satisfies ExportedHandler<Env>
