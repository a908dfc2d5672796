import { createUniqueId } from 'solid-js'

type ProgressBarProps = { label: string; value: number; text: string }

/** A labelled progress bar whose sentence is announced to screen readers as it changes. */
export function ProgressBar(props: ProgressBarProps) {
  const id = createUniqueId()
  return (
    <div class="sk-progress">
      <div
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={props.value}
        aria-valuetext={props.text}
        aria-describedby={id}
        class="sk-progress__track"
      >
        <div class="sk-progress__fill" style={{ width: `${props.value}%` }} />
      </div>
      <p id={id} class="sk-progress__text" role="status" aria-live="polite">
        {props.text}
      </p>
    </div>
  )
}
