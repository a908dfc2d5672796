import type { TestOutcome as TestAnswer } from '@seatkeeper/core'

/** What the Test Configuration dialog shows. */
export type TestOutcome = {
  ok: boolean
  title: string
  message: string
  /** What the distributor told us about the account (e.g. the company name), as label/value rows. */
  details: Array<{ label: string; value: string }>
  /** The next step; empty when the test passed. */
  nextStep: string
}

const NEXT_STEP: Record<Extract<TestAnswer, { ok: false }>['kind'], string> = {
  auth: 'Correct the credentials with Edit (secret fields left empty keep the stored value), then test again.',
  forbidden:
    'The credentials work but the account lacks a permission. Grant it in the distributor’s portal, then test again.',
  'not-found':
    'Check the region or environment chosen for this connection with Edit, then test again.',
  'rate-limited': 'The distributor asked us to slow down. Wait a minute, then test again.',
  unavailable:
    'The distributor could not be reached or is down. Try again later; nothing needs changing here.',
  request:
    'Check the connection’s settings with Edit; if they look right, the distributor refused the call itself.',
  contract:
    'The distributor answered in a shape Seatkeeper does not know. Nothing needs changing here; report it so the adapter can be fixed.',
}

const labelOf = (key: string) =>
  key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase())

/** Turns the edge's test answer into a title, the distributor's words and what to do next. */
export function testOutcome(result: TestAnswer): TestOutcome {
  if (result.ok) {
    return {
      ok: true,
      title: 'The connection works',
      message: result.message,
      details: Object.entries(result.details ?? {}).map(([key, value]) => ({
        label: labelOf(key),
        value,
      })),
      nextStep: '',
    }
  }
  return {
    ok: false,
    title: 'The connection does not work',
    message: result.message,
    details: [],
    nextStep: NEXT_STEP[result.kind],
  }
}
