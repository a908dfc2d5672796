export { createRhipeSimulator } from './create-rhipe-simulator'
export {
  rhipeRateLimit,
  rhipeSandboxCredentials,
  type RhipeSandboxCredentials,
} from './rhipe-sandbox-credentials'
