// Test support shared with @seatkeeper/psa, whose adapters run on the same client: a fetch that
// answers from sample answers and records every request, and an adapter wired to its simulator.
export { fixtureServer, json, type Override, type Seen } from './fixture-server'
export {
  connectToSimulator,
  SANDBOX_ORIGIN,
  type ConnectOptions,
  type SimulatorConnection,
} from './connect-to-simulator'
