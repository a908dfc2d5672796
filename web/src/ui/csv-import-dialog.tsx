import { parseCsv, type CsvImportResult } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation } from '@tanstack/solid-query'
import { createSignal, createUniqueId, For, Show, type JSX } from 'solid-js'
import { isOnline } from '../network/connectivity'
import { refreshRegister } from '../register/submit-plan'
import { precheckCsv, type CsvShape } from './csv-precheck'
import { Dialog } from './dialog'
import { ErrorAlert } from './error-alert'

type CsvImportDialogProps = {
  open: boolean
  onClose: () => void
  title: string
  /** What the file holds, shown above the file input. */
  intro: JSX.Element
  shape: CsvShape
  /** Sends the checked file; `idempotencyKey` is one per Import press. */
  send: (csv: string, idempotencyKey: string) => Promise<CsvImportResult>
  /** The result in words: "2 customers imported." */
  imported: (count: number) => string
}

/**
 * Import a CSV file (customers, billing lines): checked here first, so a file without a required
 * column fails at once and names it; then the edge's answer: how many were written, the run in the
 * ledger, and each bad row as "Line 7: reason".
 */
export function CsvImportDialog(props: CsvImportDialogProps) {
  return (
    <Show when={props.open}>
      <CsvImportForm {...props} />
    </Show>
  )
}

function CsvImportForm(props: CsvImportDialogProps) {
  const [file, setFile] = createSignal<File>()
  const formId = createUniqueId()
  const inputId = createUniqueId()
  const errorsId = createUniqueId()
  const upload = useMutation(() => ({
    mutationFn: async (chosen: File | undefined) => {
      if (!chosen) throw new Error('Choose a CSV file to import.')
      if (!isOnline())
        throw new Error('Importing needs the network. Try again when you are back online.')
      const csv = await chosen.text()
      const problem = precheckCsv(parseCsv(csv).records.slice(0, 2), props.shape)
      if (problem) throw new Error(problem)
      // One key per press: a resend of this upload after a lost answer imports nothing twice.
      const result = await props.send(csv, crypto.randomUUID())
      await refreshRegister().catch(() => undefined)
      return result
    },
  }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    upload.mutate(file())
  }

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      wide
      actions={
        <button
          type="submit"
          form={formId}
          class="button button--primary"
          // The file is in the register now; importing it again would add its rows twice.
          disabled={upload.isPending || Boolean(upload.data?.runId)}
        >
          {upload.isPending ? 'Importing…' : 'Import'}
        </button>
      }
    >
      <form id={formId} class="form" onSubmit={submit}>
        <p class="muted">{props.intro}</p>
        <div class="field">
          <label for={inputId}>CSV file</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0])
              upload.reset()
            }}
          />
        </div>
        <ErrorAlert class="form__error" error={upload.error} />
        <Show when={upload.data}>
          {(done) => (
            <div role="status" class="import-result">
              <p>
                <strong>
                  {done().imported > 0 ? props.imported(done().imported) : 'Nothing was imported.'}
                </strong>{' '}
                <Show when={done().runId}>
                  {(runId) => <A href={`/runs/${encodeURIComponent(runId())}`}>View the run</A>}
                </Show>
              </p>
              <Show when={done().errors.length > 0}>
                <p id={errorsId}>
                  {done().errors.length} row{done().errors.length === 1 ? ' was' : 's were'} not
                  imported
                  {done().imported > 0
                    ? ':'
                    : `: fix ${done().errors.length === 1 ? 'it' : 'them'} and import the file again.`}
                </p>
                <ul class="import-result__errors" aria-labelledby={errorsId}>
                  <For each={done().errors}>
                    {(row) => (
                      <li>
                        Line {row.line}: {row.message}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
      </form>
    </Dialog>
  )
}
