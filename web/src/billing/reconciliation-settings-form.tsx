import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { createEffect, createSignal, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { isOnline } from '../network/connectivity'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { putBillingSettings } from './billing-api'
import {
  readReconciliationSettings,
  reconciliationSettingsText,
  type ReconciliationSettingsErrors,
  type ReconciliationSettingsText,
} from './reconciliation-settings'
import { billingSettingsQuery } from './use-reconciliation'

type Field = keyof ReconciliationSettingsText

/**
 * The billing settings reconciliation reads (the margin floor) and the link suggestions taken on
 * trust (the auto-accept threshold), as the Renewals page's lead-times form: the settings are one
 * query shared with it, and a save sends them all with these two changed.
 */
export function ReconciliationSettingsForm() {
  const client = useQueryClient()
  const settings = useQuery(() => billingSettingsQuery())
  const [values, setValues] = createStore<ReconciliationSettingsText>({
    marginFloor: '',
    autoAcceptThreshold: '',
  })
  const [errors, setErrors] = createSignal<ReconciliationSettingsErrors>({})
  const [saved, setSaved] = createSignal(false)
  createEffect(() => {
    if (settings.data) setValues(reconciliationSettingsText(settings.data))
  })
  const save = useMutation(() => ({
    mutationFn: putBillingSettings,
    onSuccess: (next) => {
      // The page reconciles again with the new floor (useMarginFloor reads this query).
      client.setQueryData(billingSettingsQuery().queryKey, next)
      setSaved(true)
    },
  }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setSaved(false)
    const current = settings.data
    if (!current) return
    const read = readReconciliationSettings(values, current)
    if ('errors' in read) {
      setErrors(read.errors)
      return
    }
    setErrors({})
    save.mutate(read.settings)
  }

  const input = (key: Field, label: string, hint: string) => (
    <div class="field">
      <label for={`recon-${key}`}>{label}</label>
      <input
        id={`recon-${key}`}
        value={values[key]}
        inputMode="decimal"
        autocomplete="off"
        onInput={(event) => setValues(key, event.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={`recon-${key}-hint${errors()[key] ? ` recon-${key}-error` : ''}`}
      />
      <span class="field__hint" id={`recon-${key}-hint`}>
        {hint}
      </span>
      <Show when={errors()[key]}>
        <span class="field__error" id={`recon-${key}-error`}>
          {errors()[key]}
        </span>
      </Show>
    </div>
  )

  return (
    <section aria-labelledby="recon-settings-heading" class="section">
      <h2 id="recon-settings-heading">Settings</h2>
      <NeedsNetwork what="Changing the settings" />
      <form onSubmit={submit} novalidate>
        {input(
          'marginFloor',
          'Margin floor (%)',
          'The lowest margin a line may keep, as a percentage of its price, such as 15: a line under it is "Margin under the floor". Empty: no floor.',
        )}
        {input(
          'autoAcceptThreshold',
          'Auto-accept link suggestions at (%)',
          'From 90 to 100, such as 95: when billing lines are imported from a CSV or a PSA, suggestions this sure are linked without asking. Empty: you accept each on the customer’s Billing tab.',
        )}
        <button
          type="submit"
          class="button"
          disabled={save.isPending || !isOnline() || !settings.data}
        >
          {save.isPending ? 'Saving…' : 'Save settings'}
        </button>
        <Show when={!settings.data && settings.isPending && isOnline()}>
          <p class="loading">Reading the settings…</p>
        </Show>
        <Show when={saved()}>
          <p class="notice" role="status">
            Settings saved.
          </p>
        </Show>
        <ErrorAlert error={settings.error} />
        <ErrorAlert error={save.error} />
      </form>
    </section>
  )
}
