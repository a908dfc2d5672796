import type { JSX } from 'solid-js'

type EmptyStateProps = { title: string; children: JSX.Element }

/** What a list shows while it has nothing in it, and why. */
export function EmptyState(props: EmptyStateProps) {
  return (
    <section class="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.children}</p>
    </section>
  )
}
