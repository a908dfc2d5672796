export { createSherwebSimulator } from './create-sherweb-simulator'
export {
  sherwebRateLimit,
  sherwebSandboxCredentials,
  type SherwebSandboxCredentials,
} from './sherweb-sandbox-credentials'
