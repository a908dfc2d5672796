/** A task boundary: the page paints and answers input before the caller goes on. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

type Scheduler = { yield?: () => Promise<void> }

/**
 * Gives the main thread back between slices of one long piece of work: `scheduler.yield()` where
 * the browser has it (input and a due frame go first, and the work goes on before other queued
 * tasks, with no timer clamp), else a task boundary. Chained timers are held to 4 ms each after
 * the fifth, which a dozen slices of reconcile at 100,000 subscriptions pay on every run.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  return scheduler?.yield ? scheduler.yield() : nextTask()
}
