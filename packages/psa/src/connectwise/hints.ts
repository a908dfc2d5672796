import type { DistributorErrorKind } from '@seatkeeper/distributors'

export const cwHints: Partial<Record<DistributorErrorKind, string>> = {
  auth: "Check the Company ID, the API member's Public and Private key (System > Members > API Members > API Keys) and the Client ID from developer.connectwise.com.",
  forbidden:
    "The API member's security role lacks a right: it needs Finance > Agreements (inquire, and edit for write-back) and Companies > Company Maintenance (inquire).",
  'not-found': 'Check the Region and the Company ID: they name your ConnectWise PSA site.',
}
