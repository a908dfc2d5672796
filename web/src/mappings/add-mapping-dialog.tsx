import { planMappingChanges, type ExternalCustomer, type Register } from '@seatkeeper/core'
import { customersWord } from './customers-word'
import { useMutation } from '@tanstack/solid-query'
import { createMemo, createSignal } from 'solid-js'
import { Dialog } from '../ui/dialog'
import type { ConnectionView } from '../connections/connection-view-schema'
import { ErrorAlert } from '../ui/error-alert'
import { applyPlan, isRegisterChanged, loadFreshRegister } from '../register/register-access'
import type { PickerOption } from '../ui/picker-options'
import { SearchablePicker } from '../ui/searchable-picker'
import { customerDistinctions } from '../present/customer-labels'
import { submitWithReplan } from './submit-with-replan'

type AddMappingDialogProps = {
  connection: ConnectionView
  register: Register
  /** The distributor's customers; undefined while they are being listed. */
  externalCustomers: readonly ExternalCustomer[] | undefined
  listingError: string | undefined
  onClose: () => void
  onAdded: (message: string) => void
}

/** Add: pick a distributor customer and the register customer it is. */
export function AddMappingDialog(props: AddMappingDialogProps) {
  const [externalId, setExternalId] = createSignal<string>()
  const [customerId, setCustomerId] = createSignal<string>()
  const save = useMutation(() => ({ mutationFn: addMapping, onSuccess: props.onAdded }))
  const saving = () => save.isPending

  const mapped = createMemo(
    () =>
      new Set(
        props.register.mappings
          .filter((mapping) => mapping.connectionId === props.connection.id)
          .map((mapping) => mapping.externalCustomerId),
      ),
  )
  const externalOptions = createMemo<PickerOption[]>(() =>
    (props.externalCustomers ?? [])
      .filter((customer) => !mapped().has(customer.externalId))
      .map((customer) => ({
        value: customer.externalId,
        label: customer.name,
        // A customer deleted or suspended at the distributor is still offered (its history may
        // need a home) but marked, so nobody maps onto it by mistake.
        ...(customer.status !== 'active'
          ? { hint: `${customer.status} at ${props.connection.distributorLabel}` }
          : {}),
      })),
  )
  // Two register customers of one name are offered with what tells them apart.
  const distinctions = createMemo(() => customerDistinctions(props.register))
  const customerOptions = createMemo<PickerOption[]>(() =>
    props.register.customers.map((customer) => {
      const hint = [distinctions().get(customer.id), customer.inactive ? 'inactive' : undefined]
        .filter(Boolean)
        .join(', ')
      return { value: customer.id, label: customer.name, ...(hint ? { hint } : {}) }
    }),
  )

  const add = () => save.mutate()

  /** Maps the chosen pair, planning again if the register moved on meanwhile; the message to show. */
  async function addMapping(): Promise<string> {
    const external = props.externalCustomers?.find(
      (customer) => customer.externalId === externalId(),
    )
    const target = customerId()
    if (!external || !target)
      throw new Error('Choose both a distributor customer and a register customer.')
    await submitWithReplan(
      (register) =>
        planMappingChanges({
          connectionId: props.connection.id,
          register,
          add: [
            {
              connectionId: props.connection.id,
              externalCustomerId: external.externalId,
              externalName: external.name,
              customerId: target,
              origin: 'manual',
            },
          ],
        }),
      { loadRegister: loadFreshRegister, submit: applyPlan, isRegisterChanged },
    )
    return `Mapped “${external.name}”.`
  }

  return (
    <Dialog
      title="Add a mapping"
      onClose={props.onClose}
      closeLabel="Cancel"
      wide
      actions={
        <button type="button" class="button button--primary" disabled={saving()} onClick={add}>
          {saving() ? 'Adding…' : 'Add mapping'}
        </button>
      }
    >
      <SearchablePicker
        label="Distributor customer"
        options={externalOptions()}
        value={externalId()}
        onChange={setExternalId}
        empty={
          props.externalCustomers !== undefined && externalOptions().length === 0 ? (
            <>Every customer {props.connection.distributorLabel} lists is already mapped.</>
          ) : undefined
        }
        help={
          props.listingError
            ? `${props.connection.distributorLabel}’s ${customersWord(props.connection)} could not be listed: ${props.listingError}`
            : props.externalCustomers === undefined
              ? `Listing ${props.connection.distributorLabel}’s ${customersWord(props.connection)}…`
              : 'Customers already mapped are not listed.'
        }
      />
      <SearchablePicker
        label="Register customer"
        options={customerOptions()}
        value={customerId()}
        onChange={setCustomerId}
        empty={
          customerOptions().length === 0 ? (
            <>
              The register has no customers yet: create or import customers first —{' '}
              <a href="/customers">New customer or Import customers (CSV)</a>, or Import Customers
              on this tab.
            </>
          ) : undefined
        }
      />
      <ErrorAlert error={save.error} />
    </Dialog>
  )
}
