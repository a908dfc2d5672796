export { createDickerDataSimulator } from './create-dickerdata-simulator'
export {
  dickerdataRateLimit,
  dickerdataSandboxCredentials,
  type DickerDataSandboxCredentials,
} from './dickerdata-credentials'
