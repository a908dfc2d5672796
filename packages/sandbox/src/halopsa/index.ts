export {
  createHaloSimulator,
  haloClientId,
  haloInvoiceId,
  type HaloWrite,
} from './create-halo-simulator'
export {
  haloRateLimit,
  haloSandboxCredentials,
  haloSandboxScopes,
  type HaloSandboxCredentials,
} from './halo-sandbox-credentials'
export { haloLicenceId, isHaloLicenceLine } from './halo-licences'
