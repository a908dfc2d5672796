import type { Plan } from '@seatkeeper/core'
import { nextTask } from '../ui/next-task'

const WRAPPER = '{"operations":[]}'.length

/**
 * How big a part the browser sends (the edge takes up to PLAN_PART_MAX_BYTES): `fetch` copies a
 * body in one task, and an 8 MB body was a 228 ms task at 10,000 customers (docs/benchmarks.md);
 * 2 MB keeps each send under the 200 ms a person notices as a freeze.
 */
export const BROWSER_PART_BYTES = 2_000_000
// Operations written between two yields: writing 100,000 of them (~46 MB) in one go would hold
// the main thread for about a second (docs/web.md "Big lists").
const YIELD_EVERY = 2_000

/**
 * The plan's operations as the bodies of upload parts (`{"operations":[…]}`, core PlanPartSchema),
 * in order, each at most `maxBytes` of UTF-8 (never more than core's PLAN_PART_MAX_BYTES); one body when the plan fits in one part. An operation
 * is written to JSON once, and the main thread is given back every YIELD_EVERY operations.
 */
export async function planParts(plan: Plan, maxBytes = BROWSER_PART_BYTES): Promise<string[]> {
  const bodies: string[] = []
  let part: string[] = []
  let size = WRAPPER
  for (const [i, operation] of plan.operations.entries()) {
    if (i > 0 && i % YIELD_EVERY === 0) await nextTask()
    const json = JSON.stringify(operation)
    const bytes = utf8Bound(json) + 1
    if (part.length > 0 && size + bytes > maxBytes) {
      bodies.push(body(part))
      part = []
      size = WRAPPER
    }
    part.push(json)
    size += bytes
  }
  bodies.push(body(part))
  return bodies
}

const body = (operations: string[]) => `{"operations":[${operations.join(',')}]}`

// At most the UTF-8 length: a UTF-16 unit outside ASCII takes at most 3 bytes (a surrogate pair,
// two units, takes 4). Exact for ASCII, which nearly all of a plan is.
const NON_ASCII = /[^\x00-\x7f]/g
function utf8Bound(text: string): number {
  return text.length + 2 * (text.match(NON_ASCII)?.length ?? 0)
}
