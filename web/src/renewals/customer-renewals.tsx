import type { Register } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { createMemo, Show } from 'solid-js'
import { RenewalTable } from './renewal-table'
import { filterRenewals, NO_RENEWAL_FILTER } from './renewals-model'
import { useRenewals } from './use-renewals'

/** A customer's own entries of the Renewals page: the next 90 days, soonest act-by first. */
export function CustomerRenewals(props: { register: Register; customerId: string }) {
  const renewals = useRenewals(() => props.register)
  const rows = createMemo(() =>
    filterRenewals(renewals.rows(), { ...NO_RENEWAL_FILTER, customerId: props.customerId }),
  )
  return (
    <Show
      when={rows().length > 0}
      fallback={
        <p class="muted">
          Nothing of this customer's renews, converts from a trial or has an open cancellation
          window in the next 90 days.
        </p>
      }
    >
      <p>
        <A href={`/renewals?customer=${encodeURIComponent(props.customerId)}`}>
          See them on the Renewals page
        </A>
      </p>
      <RenewalTable rows={rows()} customer={false} />
    </Show>
  )
}
