import { Show } from 'solid-js'

/**
 * The "Trial" tag after a subscription's name, wherever subscriptions are listed (issue 19: trials
 * marked everywhere they appear), so a trial never passes for a paid subscription.
 */
export function TrialTag(props: { when: boolean | undefined }) {
  return (
    <Show when={props.when}>
      {' '}
      <span class="tag">Trial</span>
    </Show>
  )
}
