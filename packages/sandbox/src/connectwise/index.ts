export { createCwSimulator, cwAgreementId, cwCompanyId, type CwWrite } from './create-cw-simulator'
export {
  CW_SANDBOX_CODEBASE,
  cwSandboxCredentials,
  type CwSandboxCredentials,
} from './cw-sandbox-credentials'
