// Test support shared with @seatkeeper/psa, whose adapters run on the same client: a fetch that
// answers from sample answers and records every request.
export { fixtureServer, json, type Override, type Seen } from './fixture-server'
