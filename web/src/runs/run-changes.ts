import type { Operation } from '@seatkeeper/core'
import { operationDiff, type OperationDiff, type RecordNames } from './operation-diff'

/** Records shown per page of a run's changes: a 48,000-change run opens as fast as a small one. */
export const CHANGES_PER_PAGE = 25

/** A run's changes as its page reads them: each record's diff made once, on first sight. */
export type RunChanges = {
  /** Records read so far: the operations array may grow as pages of the run arrive. */
  readonly count: number
  /** Record `index` as a field-level diff; the same object every time it is asked for. */
  diff(index: number): OperationDiff
  /** The records read so far whose action or name holds every word of `search`; all when empty. */
  find(search: string): readonly number[]
}

/**
 * The changes of one run, named through `names`; diffs are made only for records looked at.
 * `operations` may grow (pages still arriving): records already read keep their diffs.
 */
export function runChanges(operations: readonly Operation[], names: RecordNames): RunChanges {
  const diffs: (OperationDiff | undefined)[] = []
  const texts: (string | undefined)[] = []
  const all: number[] = []
  const every = () => {
    for (let index = all.length; index < operations.length; index++) all.push(index)
    return all
  }
  const diff = (index: number) =>
    (diffs[index] ??= operationDiff(operations[index] as Operation, names))
  const text = (index: number) => {
    const { action, name } = diff(index)
    return (texts[index] ??= `${action} ${name ?? ''}`.toLowerCase())
  }
  return {
    get count() {
      return operations.length
    },
    diff,
    find(search) {
      const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean)
      if (words.length === 0) return every()
      return every().filter((index) => words.every((word) => text(index).includes(word)))
    },
  }
}
