export { createAtSimulator, type AtWrite } from './create-at-simulator'
export {
  atSandboxCredentials,
  atThreshold,
  type AtSandboxCredentials,
} from './at-sandbox-credentials'
