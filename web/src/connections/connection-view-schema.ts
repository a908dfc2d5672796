// The connections API's answers are written once, in core's api/connections.ts (the edge answers
// with them); the pages and the offline cache import them from here or from core.
export {
  ConnectionListSchema,
  ConnectionViewSchema,
  SyncNowSchema,
  TestOutcomeSchema,
  type ConnectionView,
  type SyncNow,
  type TestOutcome,
} from '@seatkeeper/core'
