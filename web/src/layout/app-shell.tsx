import { A, type RouteSectionProps } from '@solidjs/router'
import { Show, Suspense } from 'solid-js'
import { isOnline, offlineReason } from '../offline/connectivity'
import { HealthAlert } from '../health/health-alert'
import { HealthBadge } from '../health/health-badge'
import { OfflineBanner } from './offline-banner'
import { SignInBanner } from './sign-in-banner'

/** Header, main navigation and the main area every page renders into. */
export function AppShell(props: RouteSectionProps) {
  let main: HTMLElement | undefined

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
                <A href="/" end>
                  Connections
                </A>
              </li>
              <li>
                <A href="/customers">Customers</A>
              </li>
              <li>
                <A href="/runs">Runs</A>
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
      <main id="main" class="app-main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p class="loading">Loading…</p>}>{props.children}</Suspense>
      </main>
    </>
  )
}
