import { QueryClientProvider } from '@tanstack/solid-query'
import { Router } from '@solidjs/router'
import { AppShell } from './layout/app-shell'
import { queryClient } from './query-client'
import { routes } from './routes'

/** The whole web app: server state through TanStack Query, pages through the router. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Router root={AppShell}>{routes}</Router>
    </QueryClientProvider>
  )
}
