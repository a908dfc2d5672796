import type { MappingSuggestion, SuggestionPick } from '@seatkeeper/core'

/** A rejected pairing: this distributor customer is not that register customer. */
export const rejectionKey = (externalId: string, customerId: string) =>
  `${externalId}\u0000${customerId}`

/** Suggestions without the pairings a person rejected; a suggestion left with no candidate is dropped. */
export function visibleSuggestions(
  suggestions: readonly MappingSuggestion[],
  rejected: ReadonlySet<string>,
): MappingSuggestion[] {
  return suggestions.flatMap((suggestion) => {
    const candidates = suggestion.candidates.filter(
      (candidate) => !rejected.has(rejectionKey(suggestion.externalId, candidate.customerId)),
    )
    return candidates.length > 0 ? [{ ...suggestion, candidates }] : []
  })
}

/** Which candidate is chosen per distributor customer (at most one each). */
export type SuggestionSelection = ReadonlyMap<string, string>

/** Chooses a candidate, or un-chooses it when it was the one chosen. */
export function toggleCandidate(
  selection: SuggestionSelection,
  externalId: string,
  customerId: string,
) {
  const next = new Map(selection)
  if (next.get(externalId) === customerId) next.delete(externalId)
  else next.set(externalId, customerId)
  return next
}

/** Chooses the best candidate of every suggestion at or above `minConfidence`. */
export function selectTopCandidates(
  suggestions: readonly MappingSuggestion[],
  minConfidence = 0,
): SuggestionSelection {
  const next = new Map<string, string>()
  for (const suggestion of suggestions) {
    const top = suggestion.candidates[0]
    if (top && top.confidence >= minConfidence) next.set(suggestion.externalId, top.customerId)
  }
  return next
}

/** The chosen pairings, for acceptSuggestions. */
export function picksOf(selection: SuggestionSelection): SuggestionPick[] {
  return [...selection].map(([externalId, customerId]) => ({ externalId, customerId }))
}

/** Rejection keys for the chosen pairings, to remember so they are not suggested again. */
export function rejectionsOf(selection: SuggestionSelection): string[] {
  return [...selection].map(([externalId, customerId]) => rejectionKey(externalId, customerId))
}

/** A confidence as people read it: 0.87 → "87%". */
export const confidenceText = (confidence: number) => `${Math.round(confidence * 100)}%`
