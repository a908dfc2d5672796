import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { formatMoneyCompact } from '../layout/format-money'
import type { CostBilledSeries } from './cost-billed-series'

const HEIGHT = 240
const MIN_WIDTH = 320
const COST = { fill: '#b8c7da', stroke: '#1f3a5f' }
const BILLED = { fill: '#2f6fb3', stroke: '#142840' }

/**
 * Draws cost against billed a month per distributor into `host` as bars side by side (uPlot, on a
 * canvas), following the host's width. Its own module, loaded when a chart is first shown, so
 * uPlot (~22 KB gzip) is in neither the first script nor the Home page's chunk.
 */
export function drawCostBilled(host: HTMLElement, series: CostBilledSeries): { destroy(): void } {
  const { distributors, cost, billed, currency } = series
  const bars = uPlot.paths.bars
  const width = () => Math.max(host.clientWidth, MIN_WIDTH)
  const chart = new uPlot(
    {
      width: width(),
      height: HEIGHT,
      cursor: { show: false },
      legend: { live: false },
      scales: {
        // The distributors are places on the axis, not numbers: one slot each.
        x: { time: false, range: () => [-0.5, distributors.length - 0.5] },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.15 : 1] },
      },
      axes: [
        {
          splits: () => distributors.map((_, i) => i),
          values: (_u, splits) => splits.map((i) => distributors[i] ?? ''),
          grid: { show: false },
        },
        { values: (_u, splits) => splits.map((v) => formatMoneyCompact(v, currency)), size: 72 },
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
  const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: HEIGHT }))
  resize.observe(host)
  return {
    destroy() {
      resize.disconnect()
      chart.destroy()
    },
  }
}
