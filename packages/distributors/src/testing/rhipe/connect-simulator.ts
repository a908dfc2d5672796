import {
  connectToSimulator,
  type ConnectOptions,
  type SimulatorConnection,
} from '../../testing/connect-to-simulator'
import { rhipeAdapter } from '../../rhipe/index'

export { SANDBOX_ORIGIN } from '../../testing/connect-to-simulator'
export type RhipeSimulatorConnection = SimulatorConnection

/** Test support: the Rhipe adapter wired to its simulator. */
export const connectRhipeSimulator = (o: ConnectOptions = {}) =>
  connectToSimulator(rhipeAdapter, 5, o)
