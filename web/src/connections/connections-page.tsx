import { A, useNavigate } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js'
import { Page } from '../layout/page'
import { ConnectionForm } from './connection-form'
import { connectionsQuery, distributorsQuery, psasQuery } from './connection-queries'
import type { ConnectionView } from './connection-view-schema'
import { Dialog } from '../ui/dialog'
import type { DistributorInfo } from './distributor-schema'
import { errorMessage } from '../ui/error-message'
import { formatDateTime } from '../ui/format-date-time'
import { ErrorAlert } from '../ui/error-alert'

/**
 * The distributors as tiles, each with its connections and a New button for another account; the
 * PSAs (billing systems) the same way in a group of their own.
 */
export default function ConnectionsPage() {
  const distributors = useQuery(() => distributorsQuery())
  const psas = useQuery(() => psasQuery())
  const connections = useQuery(() => connectionsQuery())
  const navigate = useNavigate()
  const [creating, setCreating] = createSignal<DistributorInfo>()

  const byDistributor = createMemo(() => {
    const map = new Map<string, ConnectionView[]>()
    for (const connection of connections.data ?? []) {
      map.set(connection.distributor, [...(map.get(connection.distributor) ?? []), connection])
    }
    return map
  })

  return (
    <Page
      title="Connections"
      lead="Your accounts at the cloud distributors you buy licences through, and at the billing systems (PSAs) you invoice customers from. Each connection is one account; a distributor or PSA can be connected more than once."
    >
      <Switch>
        <Match when={distributors.isError}>
          <p class="sk-error" role="alert">
            {errorMessage(distributors.error)}
          </p>
        </Match>
        <Match when={distributors.isPending}>
          <p class="loading">Loading distributors…</p>
        </Match>
        <Match when={distributors.data}>
          <ErrorAlert error={connections.error} />
          <h2>Distributors</h2>
          <div class="sk-tiles">
            <For each={distributors.data}>
              {(distributor) => (
                <DistributorTile
                  distributor={distributor}
                  connections={byDistributor().get(distributor.id) ?? []}
                  loading={connections.isPending}
                  onNew={() => setCreating(distributor)}
                />
              )}
            </For>
          </div>
        </Match>
      </Switch>
      <section aria-labelledby="psa-group">
        <h2 id="psa-group">Billing systems (PSA)</h2>
        <p class="sk-muted">
          Where your customers' recurring invoices live. Connected, its billing lines are imported
          and reconciled against the distributors, and an approved fix can be written back.
        </p>
        <Switch>
          <Match when={psas.isError}>
            <p class="sk-error" role="alert">
              {errorMessage(psas.error)}
            </p>
          </Match>
          <Match when={psas.isPending}>
            <p class="loading">Loading PSAs…</p>
          </Match>
          <Match when={psas.data}>
            <div class="sk-tiles">
              <For each={psas.data}>
                {(psa) => (
                  <DistributorTile
                    distributor={psa}
                    connections={byDistributor().get(psa.id) ?? []}
                    loading={connections.isPending}
                    onNew={() => setCreating(psa)}
                  />
                )}
              </For>
            </div>
          </Match>
        </Switch>
      </section>
      <Show when={creating()}>
        {(distributor) => (
          <Dialog
            title={`New ${distributor().label} connection`}
            onClose={() => setCreating(undefined)}
            wide
          >
            <ConnectionForm
              distributor={distributor()}
              onSaved={(saved) => {
                setCreating(undefined)
                navigate(`/connections/${encodeURIComponent(saved.id)}`)
              }}
            />
          </Dialog>
        )}
      </Show>
    </Page>
  )
}

type TileProps = {
  distributor: DistributorInfo
  connections: ConnectionView[]
  loading: boolean
  onNew: () => void
}

function DistributorTile(props: TileProps) {
  const headingId = `distributor-${props.distributor.id}`
  return (
    <section class="card sk-tile" aria-labelledby={headingId}>
      <div class="sk-tile__header">
        <h3 id={headingId}>{props.distributor.label}</h3>
        <button type="button" class="button" onClick={() => props.onNew()}>
          New
        </button>
      </div>
      <Show
        when={props.connections.length > 0}
        fallback={
          <p class="sk-muted">{props.loading ? 'Loading connections…' : 'Not connected yet.'}</p>
        }
      >
        <ul class="sk-tile__list">
          <For each={props.connections}>
            {(connection) => (
              <li>
                <A href={`/connections/${encodeURIComponent(connection.id)}`}>{connection.name}</A>
                {/* On its own line: a date wrapped under a long name was hard to read. */}
                <div class="sk-muted">
                  {connection.status.lastSyncAt
                    ? `Last sync ${formatDateTime(connection.status.lastSyncAt)}`
                    : 'Never synced'}
                  <Show when={connection.status.lastError}>
                    {' '}
                    <span class="sk-badge sk-badge--danger">last sync failed</span>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
