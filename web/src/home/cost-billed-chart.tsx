import { createUniqueId, For, onCleanup, onMount } from 'solid-js'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { formatMoney, formatMoneyCompact } from '../layout/format-money'
import type { CostBilledSeries } from './cost-billed-series'

const HEIGHT = 240
const COST = { fill: '#b8c7da', stroke: '#1f3a5f' }
const BILLED = { fill: '#2f6fb3', stroke: '#142840' }

/**
 * Cost against billed a month per distributor in one currency, as bars side by side (uPlot, on a
 * canvas). The canvas is hidden from screen readers: the table under it says the same.
 */
export default function CostBilledChart(props: { series: CostBilledSeries }) {
  let host: HTMLDivElement | undefined
  const captionId = createUniqueId()
  const caption = () => `Cost and billed a month per distributor, in ${props.series.currency}`

  onMount(() => {
    if (!host) return
    const { distributors, cost, billed, currency } = props.series
    const bars = uPlot.paths.bars
    const tick = (value: number) => formatMoneyCompact(value, currency)
    const chart = new uPlot(
      {
        width: Math.max(host.clientWidth, 320),
        height: HEIGHT,
        cursor: { show: false },
        legend: { live: false },
        scales: {
          x: { time: false, range: () => [-0.5, distributors.length - 0.5] },
          y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.15 : 1] },
        },
        axes: [
          {
            splits: () => distributors.map((_, i) => i),
            values: (_u, splits) => splits.map((i) => distributors[i] ?? ''),
            grid: { show: false },
          },
          { values: (_u, splits) => splits.map(tick), size: 72 },
        ],
        series: [
          {},
          {
            label: 'Cost a month',
            ...COST,
            ...(bars ? { paths: bars({ size: [0.36, 72], align: -1 }) } : {}),
            points: { show: false },
          },
          {
            label: 'Billed a month',
            ...BILLED,
            ...(bars ? { paths: bars({ size: [0.36, 72], align: 1 }) } : {}),
            points: { show: false },
          },
        ],
      },
      [distributors.map((_, i) => i), cost, billed],
      host,
    )
    const resize = new ResizeObserver(() => {
      if (host) chart.setSize({ width: Math.max(host.clientWidth, 320), height: HEIGHT })
    })
    resize.observe(host)
    onCleanup(() => {
      resize.disconnect()
      chart.destroy()
    })
  })

  return (
    <figure class="home__chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption()}</figcaption>
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
