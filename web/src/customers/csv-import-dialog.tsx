import { A } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import type { CsvImportResult } from '@seatkeeper/core'
import { importCustomersCsv } from '../api/customer-api'
import { ModalDialog } from '../layout/modal-dialog'
import { isOnline } from '../offline/connectivity'
import { refreshRegister } from '../register/submit-plan'
import { parseCsv } from './csv-text'
import { CUSTOMER_CSV_COLUMNS, precheckCustomerCsv } from './customers-csv'

/** Import Customers from a CSV file: valid rows in one run, each bad row reported by line. */
export function CsvImportDialog(props: { open: boolean; onClose: () => void }) {
  const [file, setFile] = createSignal<File>()
  const [error, setError] = createSignal<string>()
  const [result, setResult] = createSignal<CsvImportResult>()
  const [busy, setBusy] = createSignal(false)

  const close = () => {
    setFile(undefined)
    setError(undefined)
    setResult(undefined)
    props.onClose()
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setError(undefined)
    setResult(undefined)
    const chosen = file()
    if (!chosen) {
      setError('Choose a CSV file to import.')
      return
    }
    if (!isOnline()) {
      setError('Importing needs the network. Try again when you are back online.')
      return
    }
    setBusy(true)
    try {
      const csv = await chosen.text()
      const problem = precheckCustomerCsv(parseCsv(csv).slice(0, 2))
      if (problem) {
        setError(problem)
        return
      }
      setResult(await importCustomersCsv(csv))
      await refreshRegister().catch(() => undefined)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog open={props.open} title="Import Customers from CSV" onClose={close}>
      <form class="form" onSubmit={submit}>
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
        <Show when={error()}>
          <p class="form__error" role="alert">
            {error()}
          </p>
        </Show>
        <Show when={result()}>
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
        <div class="form__actions">
          <button type="button" class="button" onClick={close}>
            Close
          </button>
          <button type="submit" class="button button--primary" disabled={busy()}>
            {busy() ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
