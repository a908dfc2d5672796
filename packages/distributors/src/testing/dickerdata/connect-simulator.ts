import { connectToSimulator, type ConnectOptions } from '../connect-to-simulator'
import { dickerdataAdapter } from '../../dickerdata'

export { SANDBOX_ORIGIN, type SimulatorConnection } from '../connect-to-simulator'

/** Test support: the Dicker Data adapter wired to its simulator. */
export const connectSimulator = (o: ConnectOptions = {}) =>
  connectToSimulator(dickerdataAdapter, 11, o)
