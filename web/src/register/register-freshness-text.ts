import { errorMessage } from '../ui/error-message'
import { formatWhen } from '../ui/format-date-time'

type Shown = { version: number; refreshedAt: string }

/** Which register the pages show, in words: "Register version 12, refreshed 5 minutes ago". */
export function freshnessText(shown: Shown, now: number = Date.now()): string {
  return `Register version ${shown.version}, refreshed ${formatWhen(shown.refreshedAt, now)}`
}

/**
 * What to say when the last refresh of the register failed while an older copy is still shown
 * (after a write, the lists would otherwise look up to date); undefined when nothing failed.
 */
export function staleRegisterNotice(
  shown: Shown | undefined,
  error: unknown,
  now: number = Date.now(),
): string | undefined {
  if (!shown || !error) return undefined
  return (
    `The register could not be refreshed: ${errorMessage(error)} ` +
    `The pages still show version ${shown.version} (refreshed ${formatWhen(shown.refreshedAt, now)}) ` +
    'and may be out of date: what you saved was saved, but the lists may not show it yet.'
  )
}
