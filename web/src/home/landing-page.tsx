import { Navigate } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { Match, Switch } from 'solid-js'
import { connectionsQuery } from '../connections/connection-queries'
import HomePage from './home-page'

/**
 * "/": Home once a connection exists; before that it moves on to /connections (replacing "/" in
 * the history), where a new user starts, so the menu lights Connections, not Home. A list that
 * cannot be read (offline with no copy kept) opens Connections too, which says why.
 *
 * Home is imported, not lazy(): a page loaded lazily inside this route while the person already
 * clicked elsewhere finished the router's transition on the old page (the address said
 * /connections, the screen still showed Home). The route itself is lazy, so the first script
 * does not grow.
 */
export default function LandingPage() {
  const connections = useQuery(() => connectionsQuery())
  return (
    <Switch fallback={<Navigate href="/connections" />}>
      <Match when={connections.isPending}>
        <p class="loading">Loading…</p>
      </Match>
      <Match when={(connections.data?.length ?? 0) > 0}>
        <HomePage />
      </Match>
    </Switch>
  )
}
