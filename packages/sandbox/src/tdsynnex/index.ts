export { createTdsynnexSimulator } from './create-tdsynnex-simulator'
export {
  tdsynnexRateLimit,
  tdsynnexSandboxCredentials,
  type TdsynnexSandboxCredentials,
} from './tdsynnex-sandbox-credentials'
