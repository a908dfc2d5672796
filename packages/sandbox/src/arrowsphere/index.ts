export { createArrowSphereSimulator } from './create-arrowsphere-simulator'
export {
  arrowsphereSandboxCredentials,
  type ArrowSphereSandboxCredentials,
} from './arrowsphere-sandbox-credentials'
export { arrowsphereRateLimit } from './arrowsphere-rate-limit'
export {
  customerReference as arrowsphereCustomerReference,
  licenseReference as arrowsphereLicenseReference,
} from './arrowsphere-ids'
