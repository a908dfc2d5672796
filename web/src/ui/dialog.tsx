import { createUniqueId, onCleanup, onMount, type JSX } from 'solid-js'

type DialogProps = {
  title: string
  /** Called when the person closes it: Escape, the Close button, or the caller's own buttons. */
  onClose: () => void
  children: JSX.Element
  /** Buttons for the bottom row; a Close button is always there. */
  actions?: JSX.Element
  closeLabel?: string
  wide?: boolean
}

/**
 * A modal on the native <dialog>: the browser makes the rest of the page inert, keeps Tab inside
 * and turns Escape into "cancel". Focus goes to the first field (or the dialog) on open and back to
 * whatever opened it on close. Render it only while it is open.
 */
export function Dialog(props: DialogProps) {
  let element: HTMLDialogElement | undefined
  const titleId = createUniqueId()
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined

  onMount(() => {
    element?.showModal()
    const first = element?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea')
    ;(first ?? element)?.focus()
  })
  onCleanup(() => {
    if (element?.open) element.close()
    opener?.focus()
  })

  return (
    <dialog
      ref={element}
      class="sk-dialog"
      classList={{ 'sk-dialog--wide': props.wide === true }}
      aria-labelledby={titleId}
      tabIndex={-1}
      onCancel={(event) => {
        // The parent unmounts it; letting the browser close it too would leave the two out of step.
        event.preventDefault()
        props.onClose()
      }}
    >
      <h2 id={titleId} class="sk-dialog__title">
        {props.title}
      </h2>
      <div class="sk-dialog__body">{props.children}</div>
      <div class="sk-dialog__actions">
        {props.actions}
        <button type="button" class="button" onClick={() => props.onClose()}>
          {props.closeLabel ?? 'Close'}
        </button>
      </div>
    </dialog>
  )
}
