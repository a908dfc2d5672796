// GET /api/distributors's answer is written once, in core's api/distributors.ts.
export {
  CredentialFieldSchema,
  DistributorInfoSchema,
  DistributorListSchema,
  type CredentialField,
  type DistributorInfo,
} from '@seatkeeper/core'
