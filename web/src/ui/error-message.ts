import { offlineReason } from '../network/connectivity'

/**
 * A failure in words for the person using the page; never raw JSON. While the browser has no
 * network, any failure is that: the message says so instead of blaming a distributor or the
 * server (a listing that timed out offline would otherwise read "Rhipe could not be reached").
 */
export function errorMessage(error: unknown): string {
  if (offlineReason() === 'network') {
    return 'You are offline, so this could not be done. It needs the network: try again when you are back online.'
  }
  if (error instanceof Error && error.message !== '') return error.message
  return 'The action failed for a reason the page could not read. Try again; if it persists, reload the page.'
}
