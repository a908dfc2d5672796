import type { ConnectionSettings } from '@seatkeeper/core'
import { disappearanceChoices } from './sync-outcome'

type Integrator = ConnectionSettings['integrator']

/**
 * A distributor's daily sync options: which kinds it syncs and what a subscription that
 * disappears becomes. A PSA's refresh has neither (it refreshes billing lines only).
 */
export function DistributorSyncOptions(props: {
  integrator: Integrator
  distributor: string
  update: (change: (current: Integrator) => Integrator) => void
}) {
  const choices = () => disappearanceChoices(props.distributor)
  return (
    <>
      <fieldset class="sk-options sk-options--inner">
        <legend>Entities to sync</legend>
        <div class="sk-field sk-field--check">
          <input
            id="integrator-customers"
            type="checkbox"
            checked={props.integrator.entities.customers}
            onChange={(event) =>
              props.update((current) => ({
                ...current,
                entities: { ...current.entities, customers: event.currentTarget.checked },
              }))
            }
          />
          <label for="integrator-customers">Customers</label>
        </div>
        <div class="sk-field sk-field--check">
          <input
            id="integrator-subscriptions"
            type="checkbox"
            checked={props.integrator.entities.subscriptions}
            onChange={(event) =>
              props.update((current) => ({
                ...current,
                entities: { ...current.entities, subscriptions: event.currentTarget.checked },
              }))
            }
          />
          <label for="integrator-subscriptions">Subscriptions</label>
        </div>
        <p class="sk-help">
          Each ticked kind is synced whole: every one the distributor lists is imported or updated,
          new ones included. An unticked kind is left as it is here.
        </p>
      </fieldset>
      <fieldset class="sk-options sk-options--inner" aria-describedby="integrator-deactivate-help">
        <legend>{choices().question}</legend>
        <div class="sk-field sk-field--check">
          <input
            id="integrator-deactivate"
            type="radio"
            name="integrator-disappears"
            checked={props.integrator.deactivateDeleted}
            onChange={() => props.update((current) => ({ ...current, deactivateDeleted: true }))}
          />
          <label for="integrator-deactivate">{choices().deactivate}</label>
        </div>
        <div class="sk-field sk-field--check">
          <input
            id="integrator-zero"
            type="radio"
            name="integrator-disappears"
            checked={!props.integrator.deactivateDeleted}
            onChange={() => props.update((current) => ({ ...current, deactivateDeleted: false }))}
          />
          <label for="integrator-zero">{choices().zero}</label>
        </div>
        <p class="sk-help" id="integrator-deactivate-help">
          A subscription the distributor marks inactive always becomes inactive here.{' '}
          {choices().seed}
        </p>
      </fieldset>
    </>
  )
}
