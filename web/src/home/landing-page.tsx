import { useQuery } from '@tanstack/solid-query'
import { lazy, Match, Switch } from 'solid-js'
import { connectionsQuery } from '../connections/connection-queries'

const HomePage = lazy(() => import('./home-page'))
const ConnectionsPage = lazy(() => import('../connections/connections-page'))

/**
 * "/": Home once a connection exists; before that Connections, where a new user starts. A list
 * that cannot be read (offline with no copy kept) opens Connections too, which says why.
 */
export default function LandingPage() {
  const connections = useQuery(() => connectionsQuery())
  return (
    <Switch fallback={<ConnectionsPage />}>
      <Match when={connections.isPending}>
        <p class="loading">Loading…</p>
      </Match>
      <Match when={(connections.data?.length ?? 0) > 0}>
        <HomePage />
      </Match>
    </Switch>
  )
}
