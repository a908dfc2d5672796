import { A, useParams, useSearchParams } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { lazy, Match, Switch } from 'solid-js'
import { Page } from '../layout/page'
import { connectionQuery, distributorsQuery, psasQuery } from './connection-queries'
import type { ConnectionView } from './connection-view-schema'
import { DetailsTab } from './details-tab'
import { errorMessage } from '../ui/error-message'
import { Tabs, type TabDefinition } from '../ui/tabs'

// The tabs that plan imports carry @seatkeeper/core and the adapters: loaded when first opened.
const MappingsTab = lazy(() => import('../mappings/mappings-tab'))
const SubscriptionsTab = lazy(() => import('../imports/subscriptions-tab'))
const IntegratorTab = lazy(() => import('../integrator/integrator-tab'))
const PsaBillingTab = lazy(() => import('../billing/psa-billing-tab'))

const DISTRIBUTOR_TABS = ['details', 'mappings', 'subscriptions', 'integrator'] as const
// A PSA has no subscriptions: its lines are on Billing, and its Integrator refreshes them daily.
const PSA_TABS = ['details', 'mappings', 'billing', 'integrator'] as const

/**
 * One saved connection, in the four tabs users know from the seed integrations; a PSA's in the
 * ones that apply to it (Integrator limited to its daily refresh), plus Billing.
 */
export default function ConnectionPage() {
  const params = useParams<{ id: string }>()
  const [search, setSearch] = useSearchParams<{ tab?: string }>()
  const connection = useQuery(() => connectionQuery(params.id))
  const distributors = useQuery(() => distributorsQuery())
  const psas = useQuery(() => psasQuery())
  const isPsa = () => connection.data?.kind === 'psa'
  const tabIds = (): readonly string[] => (isPsa() ? PSA_TABS : DISTRIBUTOR_TABS)
  const selected = () => tabIds().find((id) => id === search.tab) ?? 'details'

  // Built once and read through `view()`, so a refetched connection updates the tabs in place
  // instead of remounting them (an import screen keeps its preview).
  const view = () => connection.data as ConnectionView
  const tabs: TabDefinition[] = [
    {
      id: 'details',
      label: 'Details',
      panel: () => (
        <DetailsTab
          connection={view()}
          distributor={(isPsa() ? psas.data : distributors.data)?.find(
            (info) => info.id === view().distributor,
          )}
        />
      ),
    },
    {
      id: 'mappings',
      label: 'Customer Mappings',
      panel: () => <MappingsTab connection={view()} />,
    },
    {
      id: 'subscriptions',
      label: 'Subscriptions Imports',
      panel: () => <SubscriptionsTab connection={view()} />,
    },
    // Before Integrator, in the place a distributor's Subscriptions Imports has.
    { id: 'billing', label: 'Billing', panel: () => <PsaBillingTab connection={view()} /> },
    { id: 'integrator', label: 'Integrator', panel: () => <IntegratorTab connection={view()} /> },
  ]
  const shownTabs = () => tabs.filter((tab) => tabIds().includes(tab.id))

  return (
    <Switch>
      <Match when={connection.isError}>
        <Page title="Connection" lead="">
          <p class="sk-error" role="alert">
            {errorMessage(connection.error)}
          </p>
          <p>
            <A href="/connections">Back to connections</A>
          </p>
        </Page>
      </Match>
      <Match when={connection.isPending}>
        <p class="loading">Loading the connection…</p>
      </Match>
      <Match when={connection.data}>
        {(loaded) => (
          <Page
            title={loaded().name}
            lead={`${loaded().distributorLabel} connection${isPsa() ? ' (billing system)' : ''}`}
          >
            <p class="sk-breadcrumb">
              <A href="/connections">Connections</A> › {loaded().name}
            </p>
            <Tabs
              label={`${loaded().name} sections`}
              tabs={shownTabs()}
              selected={selected()}
              onSelect={(id) =>
                setSearch({ tab: id === 'details' ? undefined : id }, { replace: true })
              }
            />
          </Page>
        )}
      </Match>
    </Switch>
  )
}
