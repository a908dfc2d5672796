import { createEffect, onCleanup, type JSX } from 'solid-js'

type ModalDialogProps = {
  open: boolean
  title: string
  onClose: () => void
  children: JSX.Element
}

/**
 * A modal built on <dialog>.showModal(): the browser makes the rest of the page inert (focus
 * cannot leave it) and Escape closes it; focus returns to whatever opened it.
 */
export function ModalDialog(props: ModalDialogProps) {
  let dialog: HTMLDialogElement | undefined
  let opener: Element | null = null
  const titleId = `dialog-${Math.random().toString(36).slice(2)}`

  createEffect(() => {
    if (!dialog) return
    if (props.open && !dialog.open) {
      opener = document.activeElement
      dialog.showModal()
    } else if (!props.open && dialog.open) {
      dialog.close()
    }
  })
  onCleanup(() => dialog?.open && dialog.close())

  return (
    <dialog
      ref={dialog}
      class="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner decide (it may be saving); it closes by setting open to false.
        event.preventDefault()
        props.onClose()
      }}
      onClose={() => {
        if (opener instanceof HTMLElement) opener.focus()
      }}
    >
      <div class="modal__header">
        <h2 id={titleId}>{props.title}</h2>
        <button
          type="button"
          class="button button--quiet"
          aria-label="Close"
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </div>
      {props.children}
    </dialog>
  )
}
