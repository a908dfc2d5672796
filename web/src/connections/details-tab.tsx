import { useNavigate } from '@solidjs/router'
import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { createSignal, For, Show } from 'solid-js'
import { forgetConnection } from '../db/connection-cache'
import { ConnectionForm } from './connection-form'
import { secretState } from './connection-form-model'
import { connectionKeys } from './connection-keys'
import type { ConnectionView } from './connection-view-schema'
import { deleteConnection } from './connections-api'
import { Dialog } from '../ui/dialog'
import type { CredentialField, DistributorInfo } from './distributor-schema'
import { TestConfigurationDialog } from './test-configuration-dialog'
import { credentialsRenewalText, RENEWAL_WARNING_DAYS } from './credentials-renewal'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { isOnline } from '../network/connectivity'
import { SetupChecklist } from './setup-checklist'

const daysLeft = (connection: ConnectionView) => connection.credentialsDaysLeft ?? 0

type DetailsTabProps = { connection: ConnectionView; distributor: DistributorInfo | undefined }

/** The saved settings (secrets only as set / not set), Edit, Delete and Test Configuration. */
export function DetailsTab(props: DetailsTabProps) {
  const [open, setOpen] = createSignal<'edit' | 'delete' | 'test'>()
  const fields = () => props.distributor?.fields ?? []

  return (
    <div class="sk-stack">
      {/* The checklist's steps end in subscriptions and the integrator: a distributor's. */}
      <Show when={props.connection.kind !== 'psa'}>
        <SetupChecklist connection={props.connection} />
      </Show>
      <dl class="sk-details">
        <dt>Name</dt>
        <dd>{props.connection.name}</dd>
        <dt>{props.connection.kind === 'psa' ? 'PSA' : 'Distributor'}</dt>
        <dd>{props.connection.distributorLabel}</dd>
        <For each={fields()}>
          {(field) => (
            <>
              <dt>{field.label}</dt>
              <dd>
                {field.secret
                  ? secretState(props.connection, field.key)
                  : shownValue(field, props.connection)}
              </dd>
            </>
          )}
        </For>
        <Show when={props.connection.credentialsDaysLeft !== undefined}>
          {(_) => (
            <>
              <dt>Token renewal</dt>
              <dd>
                <Show when={daysLeft(props.connection) <= RENEWAL_WARNING_DAYS}>
                  <span class="sk-badge sk-badge--danger">renew soon</span>{' '}
                </Show>
                {credentialsRenewalText(daysLeft(props.connection))}
              </dd>
            </>
          )}
        </Show>
      </dl>
      <div class="sk-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={!isOnline()}
          onClick={() => setOpen('test')}
        >
          Test Configuration
        </button>
        <button
          type="button"
          class="button"
          disabled={!props.distributor || !isOnline()}
          onClick={() => setOpen('edit')}
        >
          Edit
        </button>
        <button
          type="button"
          class="button button--danger"
          disabled={!isOnline()}
          onClick={() => setOpen('delete')}
        >
          Delete
        </button>
        <NeedsNetwork what="testing, editing or deleting a connection" />
      </div>
      <Show when={open() === 'test'}>
        <TestConfigurationDialog connection={props.connection} onClose={() => setOpen(undefined)} />
      </Show>
      <Show when={open() === 'edit' && props.distributor}>
        {(distributor) => (
          <Dialog title={`Edit ${props.connection.name}`} onClose={() => setOpen(undefined)} wide>
            <ConnectionForm
              distributor={distributor()}
              connection={props.connection}
              onSaved={() => setOpen(undefined)}
            />
          </Dialog>
        )}
      </Show>
      <Show when={open() === 'delete'}>
        <DeleteDialog connection={props.connection} onClose={() => setOpen(undefined)} />
      </Show>
    </div>
  )
}

function shownValue(field: CredentialField, connection: ConnectionView): string {
  const value = connection.config[field.key]
  if (value === undefined || value === '') return 'not set'
  return field.options?.find((option) => option.value === value)?.label ?? value
}

function DeleteDialog(props: { connection: ConnectionView; onClose: () => void }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const remove = useMutation(() => ({
    mutationFn: () => deleteConnection(props.connection.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: connectionKeys.detail(props.connection.id) })
      await forgetConnection(props.connection.id)
      await queryClient.invalidateQueries({ queryKey: connectionKeys.list() })
      navigate('/connections')
    },
  }))
  return (
    <Dialog
      title={`Delete ${props.connection.name}?`}
      onClose={props.onClose}
      closeLabel="Cancel"
      actions={
        <button
          type="button"
          class="button button--danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {remove.isPending ? 'Deleting…' : 'Delete connection'}
        </button>
      }
    >
      <p>
        The stored credentials, the import and integrator settings and the daily sync of this
        connection are removed. Customers, subscriptions and mappings already in the register stay,
        as history.
      </p>
      <ErrorAlert error={remove.error} />
    </Dialog>
  )
}
