export { createPax8Simulator } from './create-pax8-simulator'
export {
  pax8RateLimit,
  pax8SandboxCredentials,
  type Pax8SandboxCredentials,
} from './pax8-sandbox-credentials'
