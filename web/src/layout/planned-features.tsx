import { For } from 'solid-js'

type PlannedFeaturesProps = { id: string; items: string[] }

/** States plainly what a page will hold, so nobody mistakes an unbuilt page for a broken one. */
export function PlannedFeatures(props: PlannedFeaturesProps) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>What this page will hold</h2>
      <ul class="feature-list">
        <For each={props.items}>{(item) => <li>{item}</li>}</For>
      </ul>
    </section>
  )
}
