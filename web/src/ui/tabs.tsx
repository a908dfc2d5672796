import { createUniqueId, For, Show, type JSX } from 'solid-js'
import { tabIndexAfterKey } from './tab-keys'

export type TabDefinition = { id: string; label: string; panel: () => JSX.Element }

type TabsProps = {
  label: string
  tabs: TabDefinition[]
  selected: string
  onSelect: (id: string) => void
}

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs and show the
 * panel; only the selected tab is in the Tab order. Only the selected panel is rendered, so a heavy
 * tab loads its code when first opened.
 */
export function Tabs(props: TabsProps) {
  const prefix = createUniqueId()
  const buttons: HTMLButtonElement[] = []
  const index = () =>
    Math.max(
      0,
      props.tabs.findIndex((tab) => tab.id === props.selected),
    )

  function onKeyDown(event: KeyboardEvent) {
    const next = tabIndexAfterKey(event.key, index(), props.tabs.length)
    if (next === undefined) return
    event.preventDefault()
    const tab = props.tabs[next]
    if (!tab) return
    props.onSelect(tab.id)
    buttons[next]?.focus()
  }

  return (
    <div class="sk-tabs">
      <div role="tablist" aria-label={props.label} class="sk-tabs__list" onKeyDown={onKeyDown}>
        <For each={props.tabs}>
          {(tab, i) => (
            <button
              ref={(element) => (buttons[i()] = element)}
              type="button"
              role="tab"
              id={`${prefix}-tab-${tab.id}`}
              aria-selected={i() === index() ? 'true' : 'false'}
              aria-controls={`${prefix}-panel-${tab.id}`}
              tabIndex={i() === index() ? 0 : -1}
              class="sk-tabs__tab"
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <For each={props.tabs}>
        {(tab, i) => (
          <Show when={i() === index()}>
            <div
              role="tabpanel"
              id={`${prefix}-panel-${tab.id}`}
              aria-labelledby={`${prefix}-tab-${tab.id}`}
              tabIndex={0}
              class="sk-tabs__panel"
            >
              {tab.panel()}
            </div>
          </Show>
        )}
      </For>
    </div>
  )
}
