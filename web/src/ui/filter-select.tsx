import { For } from 'solid-js'

/**
 * One filter of a list: "All …" (the empty value) or one of the choices the list has. The value
 * usually comes from the address (a link such as `?kind=under-billed`) before the choices do (they
 * arrive with the data), so each option says whether it is `selected`: a select made with a value
 * its options do not have yet keeps showing its first option otherwise.
 */
export function FilterSelect(props: {
  id: string
  label: string
  all: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="" selected={props.value === ''}>
          {props.all}
        </option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  )
}
