export { createIngramSimulator } from './create-ingram-simulator'
export {
  ingramRateLimit,
  ingramSandboxCredentials,
  type IngramSandboxCredentials,
} from './ingram-sandbox-credentials'
