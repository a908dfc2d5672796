import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js'
import { filterPickerOptions, type PickerOption } from './picker-options'

type SearchablePickerProps = {
  label: string
  options: readonly PickerOption[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  placeholder?: string
  /** Said under the field, e.g. why the list is empty. */
  help?: string
  /** Shown in the list when there is nothing at all to choose: what to do next, with a link. */
  empty?: JSX.Element
  /** Said when nothing is chosen; "Nothing chosen yet." unless given (a filter: "All customers."). */
  none?: string
}

/**
 * A combobox (WAI-ARIA 1.2 "list autocomplete"): type to filter, arrows to move, Enter to choose,
 * Escape to close the list. Only the first 50 matches are listed; typing narrows the rest.
 * `options` is read only once the list opens or a value is chosen, so a getter that builds
 * thousands of them costs nothing until someone looks.
 */
export function SearchablePicker(props: SearchablePickerProps) {
  const id = createUniqueId()
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [active, setActive] = createSignal(0)
  const matches = createMemo(() => (open() ? filterPickerOptions(props.options, query()) : []))
  const chosen = () =>
    props.value === undefined
      ? undefined
      : props.options.find((option) => option.value === props.value)
  const optionId = (index: number) => `${id}-option-${index}`

  function choose(option: PickerOption) {
    props.onChange(option.value)
    setQuery(option.label)
    setOpen(false)
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = matches().length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open()) setOpen(true)
      else if (count > 0)
        setActive((active() + (event.key === 'ArrowDown' ? 1 : count - 1)) % count)
    } else if (event.key === 'Enter' && open()) {
      event.preventDefault()
      const option = matches()[active()]
      if (option) choose(option)
    } else if (event.key === 'Escape' && open()) {
      // Closes the list only; a second Escape reaches the dialog.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div class="sk-field sk-picker">
      <label for={`${id}-input`}>{props.label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open() ? 'true' : 'false'}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={open() && matches().length > 0 ? optionId(active()) : undefined}
        aria-describedby={`${id}-chosen`}
        autocomplete="off"
        placeholder={props.placeholder ?? 'Type to search'}
        value={query()}
        onInput={(event) => {
          setQuery(event.currentTarget.value)
          setActive(0)
          setOpen(true)
          if (props.value !== undefined) props.onChange(undefined)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={props.label}
        class="sk-picker__list"
        hidden={!open()}
      >
        <Show when={open()}>
          <For
            each={matches()}
            fallback={
              <li class="sk-muted">
                {props.options.length === 0
                  ? 'Nothing to choose yet (see below).'
                  : 'No match. Try fewer or other words.'}
              </li>
            }
          >
            {(option, index) => (
              <li
                id={optionId(index())}
                role="option"
                aria-selected={index() === active() ? 'true' : 'false'}
                classList={{ 'sk-picker__option--active': index() === active() }}
                onMouseDown={(event) => {
                  event.preventDefault()
                  choose(option)
                }}
              >
                {option.label}
                <Show when={option.hint}>
                  <span class="sk-muted"> · {option.hint}</span>
                </Show>
              </li>
            )}
          </For>
        </Show>
      </ul>
      <p class="sk-help" id={`${id}-chosen`}>
        {chosen()
          ? `Chosen: ${chosen()?.label}${chosen()?.hint ? ` (${chosen()?.hint})` : ''}`
          : (props.none ?? 'Nothing chosen yet.')}
        <Show when={props.help}> {props.help}</Show>
      </p>
      <Show when={props.empty !== undefined && props.options.length === 0}>
        <p class="sk-help">{props.empty}</p>
      </Show>
    </div>
  )
}
