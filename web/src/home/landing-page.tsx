import { useIsRouting, useLocation, useNavigate } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createEffect } from 'solid-js'
import { connectionsQuery } from '../connections/connection-queries'

/**
 * "/" decides where a person lands and moves on, replacing "/" in the history: to /home once a
 * connection exists, to /connections (where a new user starts) before that, or when the list cannot
 * be read (offline with no copy kept: Connections says why).
 *
 * It renders no page of its own. Rendering Home here made a click in the main menu during the
 * first moment (Home still mounting inside the route's transition) leave Home on screen, the
 * address already elsewhere; Home is now a route like every other page. The move happens only
 * while the address is still "/" and no navigation is under way: the router lets the last
 * navigation win, so moving on while a click's page was still loading sent the person to Home
 * instead of where they clicked (seen in CI).
 */
export default function LandingPage() {
  const connections = useQuery(() => connectionsQuery())
  const navigate = useNavigate()
  const location = useLocation()
  const isRouting = useIsRouting()
  createEffect(() => {
    if (connections.isPending || isRouting() || location.pathname !== '/') return
    const any = connections.isSuccess && connections.data.length > 0
    navigate(any ? '/home' : '/connections', { replace: true })
  })
  return <p class="loading">Loading…</p>
}
