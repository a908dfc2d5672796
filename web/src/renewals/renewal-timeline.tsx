import { addDays } from '@seatkeeper/core'
import { For } from 'solid-js'
import { formatDate } from '../ui/format-date-time'
import { HORIZON_DAYS, timelineMarks, type MarkKind, type RenewalRow } from './renewals-model'

const WIDTH = 900
const HEIGHT = 96
const LEFT = 16
const RIGHT = 16
const AXIS = 60
const LANE: Record<MarkKind, number> = { window: 18, trial: 32, renewal: 46 }
const MARK_WORDS: Record<MarkKind, string> = {
  window: 'Cancellation window shuts',
  trial: 'Trial converts or ends',
  renewal: 'Renewal',
}

/**
 * The coming 90 days as a strip: one mark per renewal, trial or window on its day. Plain SVG: a
 * few hundred marks need no chart library, so the page stays a small chunk.
 */
export function RenewalTimeline(props: { rows: readonly RenewalRow[]; today: string }) {
  const marks = () => timelineMarks(props.rows, props.today)
  const x = (at: number) => LEFT + at * (WIDTH - LEFT - RIGHT)
  const ticks = [0, 30, 60, 90].map((days) => ({ days, day: addDays(props.today, days) }))
  return (
    <figure class="renewal-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`The next ${HORIZON_DAYS} days: ${marks().length} renewals, trials and cancellation windows`}
      >
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={AXIS} y2={AXIS} class="renewal-timeline__axis" />
        <For each={ticks}>
          {(tick) => (
            <g>
              <line
                x1={x(tick.days / HORIZON_DAYS)}
                x2={x(tick.days / HORIZON_DAYS)}
                y1={AXIS}
                y2={AXIS + 6}
                class="renewal-timeline__axis"
              />
              <text
                x={x(tick.days / HORIZON_DAYS)}
                y={AXIS + 20}
                text-anchor={tick.days === 0 ? 'start' : tick.days === 90 ? 'end' : 'middle'}
                class="renewal-timeline__tick"
              >
                {tick.days === 0 ? 'Today' : formatDate(tick.day)}
              </text>
            </g>
          )}
        </For>
        <For each={marks()}>
          {(mark) => (
            <circle
              cx={x(mark.at)}
              cy={LANE[mark.kind]}
              r={5}
              class={`renewal-timeline__mark renewal-timeline__mark--${mark.kind}`}
            >
              <title>{`${formatDate(mark.day)} · ${mark.label}`}</title>
            </circle>
          )}
        </For>
      </svg>
      <figcaption class="renewal-timeline__legend">
        <For each={Object.keys(MARK_WORDS) as MarkKind[]}>
          {(kind) => (
            <span>
              <span
                class={`renewal-timeline__key renewal-timeline__mark--${kind}`}
                aria-hidden="true"
              />
              {MARK_WORDS[kind]}
            </span>
          )}
        </For>
      </figcaption>
    </figure>
  )
}
