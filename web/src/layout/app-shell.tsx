import { useLocation, type RouteSectionProps } from '@solidjs/router'
import { lazy, Show, Suspense } from 'solid-js'
import { isOnline, offlineReason } from '../network/connectivity'
import { HealthAlert } from '../health/health-alert'
import { HealthBadge } from '../health/health-badge'
import { OfflineBanner } from './offline-banner'
import { SignInBanner } from './sign-in-banner'

// The register's sync code (the core's applyOperations, the record schemas) stays out of the
// first script: the line loads beside the page, which needs the register anyway.
const RegisterFreshness = lazy(() =>
  import('../register/register-freshness').then((m) => ({ default: m.RegisterFreshness })),
)

/** Header, main navigation and the main area every page renders into. */
export function AppShell(props: RouteSectionProps) {
  let main: HTMLElement | undefined
  const location = useLocation()
  // A section stays highlighted on its own pages too (a connection, a customer, a run); the
  // router's own matching would light "Connections" only on "/connections". Plain links: the router
  // still handles their clicks.
  const section = () => {
    const path = location.pathname
    if (path.startsWith('/customers')) return 'customers'
    if (path.startsWith('/reconciliation')) return 'reconciliation'
    if (path.startsWith('/renewals')) return 'renewals'
    if (path.startsWith('/runs')) return 'runs'
    if (path.startsWith('/settings')) return 'settings'
    if (path === '/' || path === '/home') return 'home'
    if (path.startsWith('/connections')) return 'connections'
    return undefined
  }
  const current = (name: string) => (section() === name ? 'page' : undefined)

  return (
    <>
      {/* Focus is moved by hand: the router would treat "#main" as a navigation. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          main?.focus()
        }}
      >
        Skip to main content
      </a>
      <header class="app-header">
        <div class="app-header__inner">
          <span class="brand">
            <img class="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
            Seatkeeper
          </span>
          <nav class="main-nav" aria-label="Main">
            <ul>
              <li>
                <a href="/home" aria-current={current('home')}>
                  Home
                </a>
              </li>
              <li>
                <a href="/connections" aria-current={current('connections')}>
                  Connections
                </a>
              </li>
              <li>
                <a href="/customers" aria-current={current('customers')}>
                  Customers
                </a>
              </li>
              <li>
                <a href="/reconciliation" aria-current={current('reconciliation')}>
                  Reconciliation
                </a>
              </li>
              <li>
                <a href="/renewals" aria-current={current('renewals')}>
                  Renewals
                </a>
              </li>
              <li>
                <a href="/runs" aria-current={current('runs')}>
                  Runs
                </a>
              </li>
              <li>
                {/* The daily digest is the one setting that belongs to no connection or page. */}
                <a href="/settings/digest" aria-current={current('settings')}>
                  Daily digest
                </a>
              </li>
            </ul>
          </nav>
          {/* With no network the health check is paused (it would say "Checking" for ever): say why instead. */}
          <Show
            when={offlineReason() !== 'network'}
            fallback={
              <p class="health-badge" data-state="down" role="status">
                <span class="health-badge__dot" aria-hidden="true" />
                Offline
              </p>
            }
          >
            <HealthBadge />
          </Show>
        </div>
      </header>
      <OfflineBanner />
      <SignInBanner />
      {/* Offline, the banner already says the API is out of reach; the alert covers a broken API. */}
      <Show when={isOnline()}>
        <HealthAlert />
      </Show>
      <Suspense>
        <RegisterFreshness />
      </Suspense>
      <main id="main" class="app-main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p class="loading">Loading…</p>}>{props.children}</Suspense>
      </main>
    </>
  )
}
