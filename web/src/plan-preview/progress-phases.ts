/** A step of a long-running action, in the order it happens. */
export type Phase = { id: string; label: string }

/** The steps of an import: list at the distributor, plan against the register, apply the plan. */
export const IMPORT_PHASES: readonly Phase[] = [
  { id: 'read', label: 'Reading the distributor' },
  { id: 'plan', label: 'Preparing the preview' },
  { id: 'apply', label: 'Applying to the register' },
]

/** What the progress bar shows: a percentage and a sentence saying which step it is on. */
export type ProgressView = { value: number; text: string }

/**
 * Progress through `phases` while `current` runs; `'done'` is 100%. A phase counts as done once the
 * next has started: the steps cannot say how far along they are themselves (a listing does not
 * know its length before the last page), so `detail` tells what is happening inside one.
 */
export function progressView(
  phases: readonly Phase[],
  current: string,
  detail?: string,
  /** How far into `current` it is (0–1), when the step knows its length. */
  fraction = 0,
): ProgressView {
  if (current === 'done') return { value: 100, text: 'Done' }
  const index = phases.findIndex((phase) => phase.id === current)
  if (index < 0) return { value: 0, text: 'Starting…' }
  const phase = phases[index] as Phase
  return {
    value: Math.round(((index + Math.min(1, Math.max(0, fraction))) / phases.length) * 100),
    text: `Step ${index + 1} of ${phases.length}: ${phase.label}${detail ? ` (${detail})` : ''}`,
  }
}
