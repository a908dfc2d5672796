import type { TopLevel } from '@seatkeeper/core'
import { useMutation } from '@tanstack/solid-query'
import { createSignal, createUniqueId, Show } from 'solid-js'
import { createTopLevel } from '../api/top-level-api'
import { ErrorAlert } from '../ui/error-alert'
import { refreshRegister } from '../register/submit-plan'

/**
 * A top level made where it is needed: Import Customers asks for one, and an empty register has
 * none to choose from.
 */
export function NewTopLevel(props: { onCreated: (topLevel: TopLevel) => void }) {
  const id = createUniqueId()
  const [open, setOpen] = createSignal(false)
  const [name, setName] = createSignal('')
  const save = useMutation(() => ({
    mutationFn: async (typed: string) => {
      if (typed === '') throw new Error('Enter a name for the top level.')
      const created = await createTopLevel(typed)
      await refreshRegister().catch(() => undefined)
      return created
    },
    onSuccess: (created: TopLevel) => {
      setName('')
      setOpen(false)
      props.onCreated(created)
    },
  }))
  const saving = () => save.isPending
  const create = () => save.mutate(name().trim())

  return (
    <Show
      when={open()}
      fallback={
        <div class="sk-actions">
          <button type="button" class="button button--small" onClick={() => setOpen(true)}>
            New top level
          </button>
        </div>
      }
    >
      <div class="sk-actions">
        <label for={`${id}-name`}>Top level name</label>
        <input
          id={`${id}-name`}
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              create()
            }
          }}
          aria-invalid={save.isError ? 'true' : undefined}
          autocomplete="off"
        />
        <button
          type="button"
          class="button button--small button--primary"
          disabled={saving()}
          onClick={create}
        >
          {saving() ? 'Creating…' : 'Create top level'}
        </button>
        <button type="button" class="button button--small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <ErrorAlert class="sk-field__error" error={save.error} />
    </Show>
  )
}
