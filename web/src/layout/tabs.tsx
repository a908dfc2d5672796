import { createSignal, For, type JSX } from 'solid-js'

type Tab = { id: string; label: string; panel: () => JSX.Element }

/**
 * WAI-ARIA tabs: one tab stop; Left/Right/Home/End move between tabs and show their panel.
 * Only the selected panel is rendered.
 */
export function Tabs(props: { label: string; tabs: Tab[]; initial?: string }) {
  const [selected, setSelected] = createSignal(props.initial ?? props.tabs[0]?.id ?? '')
  const buttons = new Map<string, HTMLButtonElement>()
  const current = () => props.tabs.find((tab) => tab.id === selected()) ?? props.tabs[0]

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const count = props.tabs.length
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1 + count, Home: 0, End: count - 1 }[
      event.key
    ]
    if (to === undefined) return
    event.preventDefault()
    const tab = props.tabs[to % count]
    if (!tab) return
    setSelected(tab.id)
    buttons.get(tab.id)?.focus()
  }

  return (
    <div class="tabs">
      <div role="tablist" aria-label={props.label} class="tabs__list">
        <For each={props.tabs}>
          {(tab, index) => (
            <button
              ref={(el) => buttons.set(tab.id, el)}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              class="tabs__tab"
              aria-selected={selected() === tab.id}
              aria-controls={`panel-${tab.id}`}
              tabIndex={selected() === tab.id ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index())}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div
        role="tabpanel"
        id={`panel-${current()?.id}`}
        aria-labelledby={`tab-${current()?.id}`}
        class="tabs__panel"
        tabIndex={0}
      >
        {current()?.panel()}
      </div>
    </div>
  )
}
