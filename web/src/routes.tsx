import type { RouteDefinition } from '@solidjs/router'
import { lazy } from 'solid-js'

// Every page is its own chunk, so the first load carries only the shell and the page it opens on.
export const routes: RouteDefinition[] = [
  { path: '/', component: lazy(() => import('./home/landing-page')) },
  { path: '/home', component: lazy(() => import('./home/home-page')) },
  { path: '/connections', component: lazy(() => import('./connections/connections-page')) },
  { path: '/connections/:id', component: lazy(() => import('./connections/connection-page')) },
  { path: '/customers', component: lazy(() => import('./customers/customers-page')) },
  { path: '/customers/:id', component: lazy(() => import('./customers/customer-page')) },
  {
    path: '/reconciliation',
    component: lazy(() => import('./billing/reconciliation-page')),
  },
  { path: '/renewals', component: lazy(() => import('./renewals/renewals-page')) },
  { path: '/runs', component: lazy(() => import('./runs/runs-page')) },
  { path: '/runs/:id', component: lazy(() => import('./runs/run-page')) },
  { path: '/settings/digest', component: lazy(() => import('./digest/digest-settings-page')) },
  { path: '*404', component: lazy(() => import('./not-found/not-found-page')) },
]
