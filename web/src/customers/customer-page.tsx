import { compareText } from '@seatkeeper/core'
import { A, useParams } from '@solidjs/router'
import { createMemo, createSignal, lazy, Show } from 'solid-js'
import { Page } from '../layout/page'
import { Tabs } from '../ui/tabs'
import { useRegister } from '../register/use-register'
import { CustomerRenewals } from '../renewals/customer-renewals'
import { CustomerDetails } from './customer-details'
import { CustomerDialog } from './customer-dialog'
import { SubscriptionsTable } from './subscriptions-table'

// Loaded when the tab is first opened: reconcile and the billing dialogs stay out of the page.
const CustomerBillingTab = lazy(() => import('../billing/customer-billing-tab'))

export default function CustomerPage() {
  const params = useParams<{ id: string }>()
  const register = useRegister()
  const [editing, setEditing] = createSignal(false)
  const [notice, setNotice] = createSignal<string>()
  const [tab, setTab] = createSignal('subscriptions')

  const view = createMemo(() => {
    const data = register.data
    const customer = register.copy?.customerById(params.id)
    if (!data || !customer) return undefined
    return {
      customer,
      topLevelName: data.topLevels.find((t) => t.id === customer.topLevelId)?.name,
      subscriptions: data.subscriptions
        .filter((s) => s.customerId === customer.id)
        .sort((a, b) => compareText(a.distributor, b.distributor) || compareText(a.name, b.name)),
      mappings: data.mappings.filter((m) => m.customerId === customer.id),
      register: data,
    }
  })

  return (
    <Show
      when={view()}
      fallback={
        <Page title="Customer" lead="">
          <Show when={register.isPending} fallback={<NotFound error={register.error?.message} />}>
            <p class="loading">Loading the register…</p>
          </Show>
        </Page>
      }
    >
      {(v) => (
        <Page
          title={v().customer.name}
          lead={
            v().customer.createdBy
              ? `Created by ${v().customer.createdBy?.distributor}`
              : 'Created by you'
          }
        >
          <p>
            <A href="/customers">← All customers</A>
          </p>
          <div class="toolbar">
            <button type="button" class="button" onClick={() => setEditing(true)}>
              Edit customer
            </button>
          </div>
          <Show when={notice()}>
            <p class="notice" role="status">
              {notice()}
            </p>
          </Show>
          <Tabs
            label="Customer"
            selected={tab()}
            onSelect={setTab}
            tabs={[
              {
                id: 'subscriptions',
                label: 'Subscriptions',
                panel: () => <SubscriptionsTable subscriptions={v().subscriptions} />,
              },
              {
                id: 'renewals',
                label: 'Renewals',
                panel: () => (
                  <CustomerRenewals register={v().register} customerId={v().customer.id} />
                ),
              },
              {
                id: 'billing',
                label: 'Billing',
                panel: () => <CustomerBillingTab customerId={v().customer.id} />,
              },
              {
                id: 'details',
                label: 'Details',
                panel: () => (
                  <CustomerDetails
                    customer={v().customer}
                    topLevelName={v().topLevelName}
                    mappings={v().mappings}
                  />
                ),
              },
            ]}
          />
          <CustomerDialog
            open={editing()}
            customer={v().customer}
            topLevels={register.data?.topLevels ?? []}
            customers={register.data?.customers ?? []}
            onClose={(message) => {
              setEditing(false)
              if (message) setNotice(message)
            }}
          />
        </Page>
      )}
    </Show>
  )
}

function NotFound(props: { error?: string }) {
  return (
    <div class="alert" role="alert">
      <p>
        {props.error ??
          'No customer with this id is in the register. It may have been removed, or the link is wrong.'}
      </p>
      <A href="/customers">Back to all customers</A>
    </div>
  )
}
