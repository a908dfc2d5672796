/**
 * Long arrays cross between the page and the core worker in messages of their own, a slice each.
 * A message is copied (structured clone) in one go on the thread that sends it and again on the
 * one that receives it: at 10,000 customers / 100,000 subscriptions, posting the listing and the
 * register was one 178 ms task on the page and receiving the 92,457-operation plan back one of
 * 228 ms, with the collector's share on top (docs/benchmarks.md). In slices, each copy is its own
 * task of a few tens of milliseconds, and the page sends the next slice after a task of its own.
 *
 * A long array is replaced in the message by a marker naming its place; its slices go first, in
 * order (a port delivers in order), and the receiver puts the array back before it reads the
 * message. Only plain objects and short arrays (an argument list) are looked into, a few levels
 * down (a job's arguments, a register, a plan): the records inside long arrays are never walked.
 */
export const SLICE_LENGTH = 5_000
const MARKER = '@seatkeeper/sliced-array'
const DEPTH = 4

/** One slice of array `array` of message `id`. */
export type SliceMessage = { id: number; slice: true; array: number; items: unknown[] }

type Marker = { [MARKER]: number }

export const isSlice = (message: unknown): message is SliceMessage =>
  typeof message === 'object' && message !== null && (message as SliceMessage).slice === true

/** `message` with its long arrays replaced by markers, and those arrays in marker order. */
export function cutLongArrays<T>(message: T): { message: T; arrays: unknown[][] } {
  const arrays: unknown[][] = []
  const cut = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) {
      if (value.length > SLICE_LENGTH) {
        arrays.push(value)
        return { [MARKER]: arrays.length - 1 } satisfies Marker
      }
      return walks(value, depth) ? value.map((item) => cut(item, depth + 1)) : value
    }
    if (depth >= DEPTH || !isPlainObject(value)) return value
    let copy: Record<string, unknown> | undefined
    for (const [key, item] of Object.entries(value)) {
      const next = cut(item, depth + 1)
      if (next !== item) (copy ??= { ...value })[key] = next
    }
    return copy ?? value
  }
  return { message: cut(message, 0) as T, arrays }
}

/** The slice messages that carry `arrays` for message `id`, in the order they are to be sent. */
export function* slicesOf(id: number, arrays: unknown[][]): Generator<SliceMessage> {
  for (const [array, items] of arrays.entries()) {
    for (let from = 0; from < items.length; from += SLICE_LENGTH) {
      yield { id, slice: true, array, items: items.slice(from, from + SLICE_LENGTH) }
    }
  }
}

/**
 * The receiving end: keeps the slices of each message id until the message itself comes, then
 * gives it back whole.
 */
export function createSliceCollector() {
  const pending = new Map<number, unknown[][]>()
  return {
    add(slice: SliceMessage) {
      const arrays = pending.get(slice.id) ?? []
      pending.set(slice.id, arrays)
      const into = (arrays[slice.array] ??= [])
      for (const item of slice.items) into.push(item)
    },
    /** `message` with the arrays its markers name put back (and those slices forgotten). */
    restore<T>(id: number, message: T): T {
      const arrays = pending.get(id)
      pending.delete(id)
      if (!arrays) return message
      const put = (value: unknown, depth: number): unknown => {
        if (Array.isArray(value))
          return walks(value, depth) ? value.map((v) => put(v, depth + 1)) : value
        if (!isPlainObject(value)) return value
        if (MARKER in value) return arrays[(value as Marker)[MARKER]] ?? []
        if (depth >= DEPTH) return value
        for (const [key, item] of Object.entries(value)) value[key] = put(item, depth + 1)
        return value
      }
      return put(message, 0) as T
    },
  }
}

// An argument list, not a list of records.
const walks = (array: unknown[], depth: number) => array.length <= 8 && depth < DEPTH

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}
