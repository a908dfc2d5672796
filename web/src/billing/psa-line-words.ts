/**
 * What each PSA calls the recurring lines Seatkeeper imports, in its own words (the PSA's UI and
 * API names them so): the Billing tab and the import say "agreement additions", a run "agreement
 * addition 78", not "lines". Unknown PSAs fall back to "recurring billing line(s)".
 */
const LINE_WORDS: Record<string, { one: string; many: string }> = {
  halopsa: { one: 'recurring invoice line', many: 'recurring invoice lines' },
  connectwise: { one: 'agreement addition', many: 'agreement additions' },
  autotask: { one: 'contract service', many: 'contract services' },
}

export const psaLineWords = (psaId: string): string =>
  LINE_WORDS[psaId]?.many ?? 'recurring billing lines'

export const psaLineWord = (psaId: string): string =>
  LINE_WORDS[psaId]?.one ?? 'recurring billing line'
