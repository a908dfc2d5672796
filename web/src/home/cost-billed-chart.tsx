import { createSignal, createUniqueId, For, onCleanup, onMount, Show } from 'solid-js'
import { formatMoney } from '../layout/format-money'
import { errorMessage } from '../ui/error-message'
import type { CostBilledSeries } from './cost-billed-series'

/**
 * Cost against billed a month per distributor in one currency: a figure named by its caption,
 * the canvas (hidden from screen readers) and the same numbers as a table under it.
 *
 * uPlot is loaded with a plain import() when the chart mounts, not with lazy() and Suspense: a
 * lazy component read while the person navigates away joins the router's transition, and the old
 * page can stay on screen at the new address.
 */
export function CostBilledChart(props: { series: CostBilledSeries }) {
  let host: HTMLDivElement | undefined
  const captionId = createUniqueId()
  const caption = () => `Cost and billed a month per distributor, in ${props.series.currency}`
  const [failed, setFailed] = createSignal<unknown>()

  onMount(() => {
    let chart: { destroy(): void } | undefined
    let gone = false
    onCleanup(() => {
      gone = true
      chart?.destroy()
    })
    import('./draw-cost-billed').then(
      ({ drawCostBilled }) => {
        if (!gone && host) chart = drawCostBilled(host, props.series)
      },
      (error: unknown) => setFailed(error),
    )
  })

  return (
    <figure class="home__chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption()}</figcaption>
      <Show when={failed()}>
        {(error) => (
          <p class="sk-muted">
            The chart could not be drawn ({errorMessage(error())}); its numbers are below.
          </p>
        )}
      </Show>
      <div ref={host} class="home__chart-canvas" aria-hidden="true" />
      <details>
        <summary>The chart's numbers</summary>
        <table class="table">
          <caption class="visually-hidden">{caption()}</caption>
          <thead>
            <tr>
              <th scope="col">Distributor</th>
              <th scope="col" class="num">
                Cost a month
              </th>
              <th scope="col" class="num">
                Billed a month
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.series.distributors}>
              {(distributor, i) => (
                <tr>
                  <th scope="row">{distributor}</th>
                  <td class="num">
                    {formatMoney(props.series.cost[i()] ?? 0, props.series.currency)}
                  </td>
                  <td class="num">
                    {formatMoney(props.series.billed[i()] ?? 0, props.series.currency)}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  )
}
