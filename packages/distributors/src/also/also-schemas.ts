import {
  AlsoCompaniesSchema,
  AlsoCompanySchema,
  AlsoSessionTokenSchema,
  AlsoSubscriptionsSchema,
} from './schemas'

/**
 * The shapes the adapter reads, by operation answer: the sandbox's simulator is checked against
 * these very schemas so it cannot drift from what the adapter accepts.
 */
export const alsoSchemas = {
  sessionToken: AlsoSessionTokenSchema,
  company: AlsoCompanySchema,
  companies: AlsoCompaniesSchema,
  subscriptions: AlsoSubscriptionsSchema,
}
