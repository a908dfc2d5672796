import { app } from './app'

// The Worker entry. The next issue adds `scheduled` (daily Cron Trigger) and `queue` (SYNC_JOBS
// consumer) beside fetch, plus the register Durable Object's class export.
export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
