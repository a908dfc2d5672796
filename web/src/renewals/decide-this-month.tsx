import { commitmentAlerts, defaultRenewalSettings, todayUtc, type Register } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useQuery } from '@tanstack/solid-query'
import { createMemo, For, Show } from 'solid-js'
import { billingSettingsQuery } from '../billing/use-reconciliation'
import { formatMoney } from '../layout/format-money'
import { customerLabels } from '../present/customer-labels'
import { formatDate } from '../ui/format-date-time'
import { alertsDue, moneyDue } from './renewals-model'
import { useSeatRises } from './use-renewals'

/**
 * Home's "Decide this month": the commitment alerts whose act-by day is within 30 days, by the
 * MSP's lead times (the defaults offline or until the settings answer), as of when Home opened:
 * a window's hours left count from that instant, and its days read as the rest of the page's.
 */
export function DecideThisMonth(props: { register: Register }) {
  const settings = useQuery(() => billingSettingsQuery())
  const now = Date.now()
  const today = todayUtc(now)
  const runs = useSeatRises()
  const alerts = createMemo(() => {
    const labels = customerLabels(props.register)
    // The register's own customer names are the alerts' words; the labels tell same names apart.
    const named: Register = {
      ...props.register,
      customers: props.register.customers.map((c) => ({ ...c, name: labels.get(c.id) ?? c.name })),
    }
    return alertsDue(
      commitmentAlerts(named, today, settings.data?.renewals ?? defaultRenewalSettings, {
        money: formatMoney,
        date: formatDate,
        now,
        ...(runs() ? { runs: runs() } : {}),
      }),
      today,
    )
  })
  return (
    <section aria-labelledby="decide-heading" class="home__section">
      <h2 id="decide-heading">Decide this month</h2>
      <Show
        when={alerts().length > 0}
        fallback={
          <p class="muted">
            No renewal, trial or cancellation window needs a decision in the next 30 days.{' '}
            <A href="/renewals">See the next 90 days</A>.
          </p>
        }
      >
        <p class="decide-total">
          {alerts().length === 1 ? 'One decision' : `${alerts().length} decisions`}
          <Show when={moneyDue(alerts()).length > 0}>
            {` worth ${moneyDue(alerts())
              .map((m) => formatMoney(m.amount, m.currency))
              .join(' and ')}`}
          </Show>
          {' due within 30 days.'}
        </p>
        <ul class="decide-list">
          <For each={alerts()}>
            {(alert) => (
              <li>
                <strong>By {formatDate(alert.actBy)}:</strong> {alert.words}
              </li>
            )}
          </For>
        </ul>
        <p>
          <A href="/renewals">Open Renewals</A> for the next 90 days.
        </p>
      </Show>
    </section>
  )
}
