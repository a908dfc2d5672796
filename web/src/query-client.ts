import { QueryClient } from '@tanstack/solid-query'
import { ApiError } from './api/api-error'

/**
 * The app's one QueryClient. A module, not only a provider value, so code outside components
 * (submitPlan, the outbox) can update the cached register after a write.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // TanStack's default ('online') pauses a query once the browser has said "offline", so a page
      // first opened offline said "Loading…" for ever and never read the copy kept in IndexedDB.
      // Each read decides offline itself (the kept copy, or "no copy kept: reconnect").
      networkMode: 'always',
      // Retrying an unreachable API or a refusal (4xx) only delays the message; a 5xx gets one retry.
      retry: (failures, error) =>
        !(error instanceof ApiError && (error.unreachable || (error.status ?? 0) < 500)) &&
        failures < 1,
    },
    mutations: {
      // TanStack's default ('online') would hold a write while the browser reports no network, so
      // a dialog would sit at "Saving…". Each write decides offline itself: a customer edit goes
      // to the outbox, anything else says it needs the network.
      networkMode: 'always',
    },
  },
})
