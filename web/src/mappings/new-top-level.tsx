import type { TopLevel } from '@seatkeeper/core'
import { createSignal, createUniqueId, Show } from 'solid-js'
import { createTopLevel } from '../api/top-level-api'
import { errorMessage } from '../ui/error-message'
import { refreshRegister } from '../register/submit-plan'

/**
 * A top level made where it is needed: Import Customers asks for one, and an empty register has
 * none to choose from.
 */
export function NewTopLevel(props: { onCreated: (topLevel: TopLevel) => void }) {
  const id = createUniqueId()
  const [open, setOpen] = createSignal(false)
  const [name, setName] = createSignal('')
  const [error, setError] = createSignal<string>()
  const [saving, setSaving] = createSignal(false)

  async function create() {
    if (name().trim() === '') {
      setError('Enter a name for the top level.')
      return
    }
    setSaving(true)
    setError(undefined)
    try {
      const created = await createTopLevel(name().trim())
      await refreshRegister().catch(() => undefined)
      setName('')
      setOpen(false)
      props.onCreated(created)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setSaving(false)
    }
  }

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
              void create()
            }
          }}
          aria-invalid={error() ? 'true' : undefined}
          autocomplete="off"
        />
        <button
          type="button"
          class="button button--small button--primary"
          disabled={saving()}
          onClick={() => void create()}
        >
          {saving() ? 'Creating…' : 'Create top level'}
        </button>
        <button type="button" class="button button--small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <Show when={error()}>
        <p class="sk-field__error" role="alert">
          {error()}
        </p>
      </Show>
    </Show>
  )
}
