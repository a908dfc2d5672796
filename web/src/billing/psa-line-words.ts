/**
 * What each PSA calls the recurring lines Seatkeeper imports, in its own words (the PSA's UI and
 * API names them so): the Billing tab and the import say "agreement additions", not "lines".
 * Unknown PSAs fall back to "recurring billing lines".
 */
const LINE_WORDS: Record<string, string> = {
  halopsa: 'recurring invoice lines',
  connectwise: 'agreement additions',
  autotask: 'contract services',
}

export const psaLineWords = (psaId: string): string =>
  LINE_WORDS[psaId] ?? 'recurring billing lines'
