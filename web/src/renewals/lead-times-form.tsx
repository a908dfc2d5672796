import { defaultRenewalSettings } from '@seatkeeper/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createEffect, createSignal, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { putBillingSettings } from '../billing/billing-api'
import { billingSettingsQuery } from '../billing/use-reconciliation'
import { isOnline } from '../network/connectivity'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { leadTimesText, readLeadTimes, type LeadTimeErrors } from './lead-times'

type Field = 'leadDays' | 'windowWarnHours'

/** The renewal lead times (a billing setting): how early Home's "Decide this month" warns. */
export function LeadTimesForm() {
  const client = useQueryClient()
  const settings = useQuery(() => billingSettingsQuery())
  const [values, setValues] = createStore(leadTimesText(defaultRenewalSettings))
  const [errors, setErrors] = createSignal<LeadTimeErrors>({})
  const [saved, setSaved] = createSignal(false)
  createEffect(() => {
    const renewals = settings.data?.renewals
    if (renewals) setValues(leadTimesText(renewals))
  })
  const save = useMutation(() => ({
    mutationFn: putBillingSettings,
    onSuccess: (next) => {
      client.setQueryData(billingSettingsQuery().queryKey, next)
      setSaved(true)
    },
  }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setSaved(false)
    const read = readLeadTimes(values)
    if ('errors' in read) {
      setErrors(read.errors)
      return
    }
    setErrors({})
    save.mutate({ ...(settings.data ?? {}), renewals: read.settings })
  }

  const input = (key: Field, label: string, hint: string) => (
    <div class="field">
      <label for={`lead-${key}`}>{label}</label>
      <input
        id={`lead-${key}`}
        value={values[key]}
        inputMode="numeric"
        autocomplete="off"
        onInput={(event) => setValues(key, event.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={`lead-${key}-hint${errors()[key] ? ` lead-${key}-error` : ''}`}
      />
      <span class="field__hint" id={`lead-${key}-hint`}>
        {hint}
      </span>
      <Show when={errors()[key]}>
        <span class="field__error" id={`lead-${key}-error`}>
          {errors()[key]}
        </span>
      </Show>
    </div>
  )

  return (
    <section aria-labelledby="lead-times-heading" class="lead-times">
      <h2 id="lead-times-heading">When to warn</h2>
      <NeedsNetwork what="Changing the lead times" />
      <form onSubmit={submit} novalidate>
        {input(
          'leadDays',
          'Days before a renewal or trial conversion',
          'Whole days separated by commas, such as 30, 7: Home warns that many days ahead.',
        )}
        {input(
          'windowWarnHours',
          'Hours before a cancellation window shuts',
          'Between 1 and 168 (the window lasts 7 days), such as 48.',
        )}
        <button type="submit" class="button" disabled={save.isPending || !isOnline()}>
          {save.isPending ? 'Saving…' : 'Save lead times'}
        </button>
        <Show when={saved()}>
          <p class="notice" role="status">
            Lead times saved.
          </p>
        </Show>
        <ErrorAlert error={save.error} />
      </form>
    </section>
  )
}
