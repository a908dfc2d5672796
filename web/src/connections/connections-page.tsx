import { A, useNavigate } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js'
import { Page } from '../layout/page'
import { ConnectionForm } from './connection-form'
import { connectionsQuery, distributorsQuery } from './connection-queries'
import type { ConnectionView } from './connection-view-schema'
import { Dialog } from '../ui/dialog'
import type { DistributorInfo } from './distributor-schema'
import { errorMessage } from '../ui/error-message'
import { formatDateTime } from '../ui/format-date-time'
import { ErrorAlert } from '../ui/error-alert'

/** The distributors as tiles, each with its connections and a New button for another account. */
export default function ConnectionsPage() {
  const distributors = useQuery(() => distributorsQuery())
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
      lead="Your accounts at the cloud distributors you buy licences through. Each connection is one account; a distributor can be connected more than once."
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
        <h2 id={headingId}>{props.distributor.label}</h2>
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
