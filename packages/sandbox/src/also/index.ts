export { createAlsoSimulator } from './create-also-simulator'
export { alsoSandboxCredentials, type AlsoSandboxCredentials } from './also-sandbox-credentials'
export { alsoRateLimit } from './also-rate-limit'
export {
  companyAccountId as alsoCompanyAccountId,
  subscriptionAccountId as alsoSubscriptionAccountId,
} from './also-ids'
