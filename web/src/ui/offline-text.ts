import { offlineReason } from '../network/connectivity'

/**
 * Why `what` cannot be done right now, or undefined when it can: the browser has no network, or
 * the Seatkeeper server did not answer. Neither blames a distributor: when the browser itself is
 * offline no distributor was ever asked.
 */
export function offlineText(what: string): string | undefined {
  switch (offlineReason()) {
    case 'network':
      return `You are offline: ${what} needs the network. It works again when you are back online.`
    case 'api':
      return `The Seatkeeper server is not answering: ${what} needs it. Try again in a moment.`
    default:
      return undefined
  }
}
