import { useMutation, useQueryClient } from '@tanstack/solid-query'
import { createSignal, createUniqueId, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { connectionKeys } from './connection-keys'
import {
  connectionInputFrom,
  formKeyOfApiField,
  initialFormValues,
  sandboxChosen,
  secretState,
  validateConnectionForm,
  withSandboxCredentials,
  type ConnectionFormErrors,
} from './connection-form-model'
import type { ConnectionView } from './connection-view-schema'
import { createConnection, updateConnection, type ConnectionInput } from './connections-api'
import type { CredentialField, DistributorInfo } from './distributor-schema'
import { errorField } from '../api/error-field'
import { errorMessage } from '../ui/error-message'
import { NeedsNetwork } from '../ui/needs-network'
import { isOnline } from '../network/connectivity'

type ConnectionFormProps = {
  distributor: DistributorInfo
  /** The saved connection when editing; absent for New. */
  connection?: ConnectionView
  onSaved: (connection: ConnectionView) => void
}

/** A distributor's own connection form, built from the fields the edge lists for it. */
export function ConnectionForm(props: ConnectionFormProps) {
  const queryClient = useQueryClient()
  const prefix = createUniqueId()
  const [form, setForm] = createStore(initialFormValues(props.distributor.fields, props.connection))
  const [errors, setErrors] = createSignal<ConnectionFormErrors>({})
  const save = useMutation(() => ({
    mutationFn: (input: ConnectionInput) =>
      props.connection
        ? updateConnection(props.connection.id, input)
        : createConnection(props.distributor.id, input),
    onSuccess: async (saved: ConnectionView) => {
      queryClient.setQueryData(connectionKeys.detail(saved.id), saved)
      await queryClient.invalidateQueries({ queryKey: connectionKeys.list() })
      props.onSaved(saved)
    },
    onError: (error: Error) => {
      const key = fieldOf(error)
      if (!key) return
      setErrors({ [key]: errorMessage(error) })
      focusFirstError({ [key]: '' })
    },
  }))
  const fieldOf = (error: unknown) => formKeyOfApiField(props.distributor.fields, errorField(error))
  // An error the edge tied to a field is shown beside it; any other above the form.
  const formError = () =>
    save.error && !fieldOf(save.error) ? errorMessage(save.error) : undefined
  const idOf = (key: string) => `${prefix}-${key}`
  const [filled, setFilled] = createSignal(false)

  function useSandbox() {
    const sandbox = props.distributor.sandbox
    if (!sandbox) return
    setForm(
      withSandboxCredentials(props.distributor.fields, form, sandbox, props.distributor.label),
    )
    setErrors({})
    setFilled(true)
  }

  function submit(event: SubmitEvent) {
    event.preventDefault()
    save.reset()
    const found = validateConnectionForm(props.distributor.fields, form, props.connection)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      focusFirstError(found)
      return
    }
    save.mutate(connectionInputFrom(props.distributor.fields, form, props.connection !== undefined))
  }

  function focusFirstError(found: ConnectionFormErrors) {
    const order = ['name', ...props.distributor.fields.map((field) => field.key)]
    const first = order.find((key) => key in found)
    if (first) document.getElementById(idOf(first))?.focus()
  }

  const described = (key: string, help: boolean) =>
    [help ? `${idOf(key)}-help` : '', errors()[key] ? `${idOf(key)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

  return (
    <form class="sk-form" onSubmit={submit} novalidate>
      <Show when={formError()}>
        <p class="sk-error" role="alert">
          {formError()}
        </p>
      </Show>
      <div class="sk-field">
        <label for={idOf('name')}>Name</label>
        <input
          id={idOf('name')}
          value={form.name}
          onInput={(event) => setForm('name', event.currentTarget.value)}
          aria-invalid={errors().name ? 'true' : undefined}
          aria-describedby={described('name', true)}
          autocomplete="off"
        />
        <p class="sk-help" id={`${idOf('name')}-help`}>
          How this account is shown in Seatkeeper, e.g. “{props.distributor.label} – main account”.
        </p>
        <FieldError id={`${idOf('name')}-error`} message={errors().name} />
      </div>
      <For each={props.distributor.fields}>
        {(field) => (
          <div class="sk-field">
            <label for={idOf(field.key)}>
              {field.label}
              <Show when={!field.required}> (optional)</Show>
            </label>
            <FieldInput
              field={field}
              id={idOf(field.key)}
              value={form.values[field.key] ?? ''}
              onValue={(value) => setForm('values', field.key, value)}
              invalid={Boolean(errors()[field.key])}
              describedBy={described(field.key, true)}
            />
            <p class="sk-help" id={`${idOf(field.key)}-help`}>
              {field.help}
              <Show when={field.secret && props.connection}>
                {' '}
                Stored: {secretState(props.connection as ConnectionView, field.key)}. Leave it empty
                to keep the stored value.
              </Show>
              <Show when={field.secret && !props.connection}>
                {' '}
                Write-only: after saving, this page only says whether it is set.
              </Show>
            </p>
            <FieldError id={`${idOf(field.key)}-error`} message={errors()[field.key]} />
          </div>
        )}
      </For>
      <Show when={props.distributor.sandbox && sandboxChosen(props.distributor.fields, form)}>
        <div class="sk-actions">
          <button type="button" class="button" onClick={useSandbox}>
            Use sandbox credentials
          </button>
          <p class="sk-help" role="status">
            {filled()
              ? 'Filled in the credentials the local sandbox accepts. Save to connect.'
              : 'The local sandbox simulates this distributor; its credentials are not secret.'}
          </p>
        </div>
      </Show>
      <div class="sk-form__actions">
        <button
          type="submit"
          class="button button--primary"
          disabled={save.isPending || !isOnline()}
        >
          {save.isPending ? 'Saving…' : props.connection ? 'Save changes' : 'Save connection'}
        </button>
        <NeedsNetwork what="saving a connection" />
      </div>
    </form>
  )
}

type FieldInputProps = {
  field: CredentialField
  id: string
  value: string
  onValue: (value: string) => void
  invalid: boolean
  describedBy: string | undefined
}

function FieldInput(props: FieldInputProps) {
  return (
    <Show
      when={props.field.options}
      fallback={
        <input
          id={props.id}
          type={props.field.secret ? 'password' : 'text'}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
          aria-invalid={props.invalid ? 'true' : undefined}
          aria-describedby={props.describedBy}
          autocomplete={props.field.secret ? 'new-password' : 'off'}
          spellcheck={false}
        />
      }
    >
      {(options) => (
        <select
          id={props.id}
          onChange={(event) => props.onValue(event.currentTarget.value)}
          aria-invalid={props.invalid ? 'true' : undefined}
          aria-describedby={props.describedBy}
        >
          <option value="" selected={props.value === ''}>
            Choose…
          </option>
          <For each={options()}>
            {(option) => (
              <option value={option.value} selected={option.value === props.value}>
                {option.label}
              </option>
            )}
          </For>
        </select>
      )}
    </Show>
  )
}

function FieldError(props: { id: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="sk-field__error" id={props.id}>
        {props.message}
      </p>
    </Show>
  )
}
