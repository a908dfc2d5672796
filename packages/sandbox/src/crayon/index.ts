export { createCrayonSimulator } from './create-crayon-simulator'
export {
  crayonRateLimit,
  crayonSandboxCredentials,
  type CrayonSandboxCredentials,
} from './crayon-sandbox-credentials'
