import { createSignal, Show } from 'solid-js'
import { NeedsNetwork } from '../ui/needs-network'
import { ErrorAlert } from '../ui/error-alert'
import { isOnline } from '../network/connectivity'
import { downloadProRataCsv } from './pro-rata-export'

/** Choose a billing month and download the pro-rata charges and credits the edge computes for it. */
export function ProRataExportForm() {
  const [month, setMonth] = createSignal(new Date().toISOString().slice(0, 7))
  const [error, setError] = createSignal<unknown>()
  const [working, setWorking] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    setError(undefined)
    setWorking(true)
    try {
      await downloadProRataCsv(month())
    } catch (failure) {
      setError(failure)
    } finally {
      setWorking(false)
    }
  }

  return (
    <section class="section" aria-labelledby="pro-rata-heading">
      <h2 id="pro-rata-heading">Pro-rata charges</h2>
      <p>
        Charges and credits for every seat change in a billing month, one row per change with its
        dates, ready for the invoice.
      </p>
      <form class="toolbar" onSubmit={submit}>
        <label>
          Billing month{' '}
          <input
            type="month"
            required
            value={month()}
            onInput={(event) => setMonth(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={working() || !isOnline()}>
          {working() ? 'Preparing…' : 'Export pro-rata CSV'}
        </button>
        <NeedsNetwork what="The pro-rata export" />
      </form>
      <Show when={error()}>
        <ErrorAlert error={error()} />
      </Show>
    </section>
  )
}
