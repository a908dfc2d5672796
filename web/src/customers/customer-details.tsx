import type { Customer, Mapping } from '@seatkeeper/core'
import { useQuery } from '@tanstack/solid-query'
import { For, Show } from 'solid-js'
import { connectionNamesQueryOptions } from '../present/connection-names'
import { MAPPING_ORIGIN_LABEL } from '../present/field-labels'

/** A customer's own fields and the distributor customers mapped onto it. */
export function CustomerDetails(props: {
  customer: Customer
  topLevelName?: string
  mappings: readonly Mapping[]
}) {
  const names = useQuery(() => connectionNamesQueryOptions())
  const connection = (id: string) => names.data?.[id] ?? 'A connection removed since'
  const site = () => {
    const a = props.customer.mainSite
    return a
      ? [a.line1, a.line2, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ')
      : ''
  }
  return (
    <div class="details">
      <dl class="details__list">
        <dt>Top level</dt>
        <dd>{props.topLevelName ?? 'None'}</dd>
        <dt>Main site</dt>
        <dd>{site() || 'Not set'}</dd>
        <dt>Domain</dt>
        <dd>{props.customer.domain ?? 'Not set'}</dd>
        <dt>Microsoft tenant ID</dt>
        <dd>{props.customer.tenantId ?? 'Not set'}</dd>
        <dt>Tax ID</dt>
        <dd>{props.customer.taxId ?? 'Not set'}</dd>
        <dt>Created by</dt>
        <dd>
          {props.customer.createdBy
            ? (names.data?.[props.customer.createdBy.connectionId] ??
              props.customer.createdBy.distributor)
            : 'You'}
        </dd>
        <dt>Status</dt>
        <dd>{props.customer.inactive ? 'Inactive' : 'Active'}</dd>
      </dl>
      <h3>Mappings</h3>
      <Show
        when={props.mappings.length > 0}
        fallback={<p class="muted">No distributor customer is mapped to this customer.</p>}
      >
        <table class="table">
          <caption class="visually-hidden">Distributor customers mapped to this customer</caption>
          <thead>
            <tr>
              <th scope="col">Distributor customer</th>
              <th scope="col">Connection</th>
              <th scope="col">How it was mapped</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.mappings}>
              {(m) => (
                <tr>
                  <td>
                    {m.externalName}
                    <details class="technical">
                      <summary>Technical details</summary>
                      Distributor customer ID: {m.externalCustomerId}
                    </details>
                  </td>
                  <td>{connection(m.connectionId)}</td>
                  <td>{MAPPING_ORIGIN_LABEL[m.origin]}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  )
}
