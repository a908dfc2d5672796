import { parseCsv } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation } from '@tanstack/solid-query'
import { createSignal, createUniqueId, For, Show } from 'solid-js'
import { importCustomersCsv } from '../api/customer-api'
import { Dialog } from '../ui/dialog'
import { isOnline } from '../network/connectivity'
import { refreshRegister } from '../register/submit-plan'

import { CUSTOMER_CSV_COLUMNS, precheckCustomerCsv } from './customers-csv'
import { ErrorAlert } from '../ui/error-alert'

/** Import Customers from a CSV file: valid rows in one run, each bad row reported by line. */
export function CsvImportDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Show when={props.open}>
      <CsvImportForm onClose={props.onClose} />
    </Show>
  )
}

/** The file is checked here first (header, at least one row) so a wrong file fails at once. */
async function importFile(file: File | undefined) {
  if (!file) throw new Error('Choose a CSV file to import.')
  if (!isOnline())
    throw new Error('Importing needs the network. Try again when you are back online.')
  const csv = await file.text()
  const problem = precheckCustomerCsv(parseCsv(csv).records.slice(0, 2))
  if (problem) throw new Error(problem)
  // One key per Start: a resend of this upload after a lost answer imports nothing twice.
  const result = await importCustomersCsv(csv, crypto.randomUUID())
  await refreshRegister().catch(() => undefined)
  return result
}

function CsvImportForm(props: { onClose: () => void }) {
  const [file, setFile] = createSignal<File>()
  const formId = createUniqueId()
  const upload = useMutation(() => ({ mutationFn: importFile }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    upload.mutate(file())
  }

  return (
    <Dialog
      title="Import customers from CSV"
      onClose={props.onClose}
      wide
      actions={
        <button
          type="submit"
          form={formId}
          class="button button--primary"
          disabled={upload.isPending}
        >
          {upload.isPending ? 'Importing…' : 'Import'}
        </button>
      }
    >
      <form id={formId} class="form" onSubmit={submit}>
        <p class="muted">
          The first line names the columns: {CUSTOMER_CSV_COLUMNS.join(', ')}. Only “name” is
          required; a top level that does not exist yet is created.
        </p>
        <div class="field">
          <label for="csv-file">CSV file</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <ErrorAlert class="form__error" error={upload.error} />
        <Show when={upload.data}>
          {(done) => (
            <div role="status" class="import-result">
              <p>
                <strong>
                  {done().imported} customer{done().imported === 1 ? '' : 's'} imported.
                </strong>{' '}
                <Show when={done().runId}>
                  {(runId) => <A href={`/runs/${runId()}`}>View the run</A>}
                </Show>
              </p>
              <Show when={done().errors.length > 0}>
                <table class="table">
                  <caption>
                    {done().errors.length} row{done().errors.length === 1 ? ' was' : 's were'} not
                    imported
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={done().errors}>
                      {(row) => (
                        <tr>
                          <td>{row.line}</td>
                          <td>{row.message}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </div>
          )}
        </Show>
      </form>
    </Dialog>
  )
}
