import type { RouteDefinition } from '@solidjs/router'
import { lazy } from 'solid-js'

// Every page is its own chunk, so the first load carries only the shell and the page it opens on.
export const routes: RouteDefinition[] = [
  { path: '/', component: lazy(() => import('./connections/connections-page')) },
  { path: '/customers', component: lazy(() => import('./customers/customers-page')) },
  { path: '/runs', component: lazy(() => import('./runs/runs-page')) },
  { path: '*404', component: lazy(() => import('./not-found/not-found-page')) },
]
