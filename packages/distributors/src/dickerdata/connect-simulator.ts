import { connectToSimulator, type ConnectOptions } from '../testing/connect-to-simulator'
import { dickerdataAdapter } from '.'

export { SANDBOX_ORIGIN, type SimulatorConnection } from '../testing/connect-to-simulator'

/** Test support: the Dicker Data adapter wired to its simulator. */
export const connectSimulator = (o: ConnectOptions = {}) =>
  connectToSimulator(dickerdataAdapter, 11, o)
