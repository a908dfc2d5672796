import type { Mapping } from '../model/register'
import { HIGH_CONFIDENCE, type MappingSuggestion } from './suggest-mappings'

/** A person's choice: this distributor customer is that register customer. */
export type SuggestionPick = { externalId: string; customerId: string }

// The runner-up must trail the top candidate by this much before auto-accept trusts the top one.
export const AUTO_ACCEPT_MARGIN = 0.1

function mappingFor(
  connectionId: string,
  suggestion: MappingSuggestion,
  customerId: string,
): Mapping {
  return {
    connectionId,
    externalCustomerId: suggestion.externalId,
    externalName: suggestion.externalName,
    customerId,
    origin: 'suggested',
  }
}

/** Turns the candidates a person picked into mappings; a pick that was never suggested throws. */
export function acceptSuggestions(
  connectionId: string,
  suggestions: readonly MappingSuggestion[],
  picks: ReadonlyArray<SuggestionPick>,
): Mapping[] {
  const byExternalId = new Map(suggestions.map((suggestion) => [suggestion.externalId, suggestion]))
  const picked = new Set<string>()
  return picks.map((pick) => {
    const suggestion = byExternalId.get(pick.externalId)
    if (!suggestion) {
      throw new Error(
        `Distributor customer ${pick.externalId} has no suggestion to accept. ` +
          'Refresh the suggestions, or add the mapping by hand.',
      )
    }
    const who = `distributor customer "${suggestion.externalName}" (${suggestion.externalId})`
    if (!suggestion.candidates.some((candidate) => candidate.customerId === pick.customerId)) {
      throw new Error(
        `Register customer ${pick.customerId} was not suggested for ${who}. ` +
          'Pick one of its candidates, or add the mapping by hand.',
      )
    }
    if (picked.has(pick.externalId)) {
      throw new Error(
        `Two picks were made for ${who}; a distributor customer maps to one customer.`,
      )
    }
    picked.add(pick.externalId)
    return mappingFor(connectionId, suggestion, pick.customerId)
  })
}

/**
 * Accepts each suggestion's top candidate when it reaches `threshold` (at least HIGH_CONFIDENCE)
 * and the runner-up trails it by 0.1 or more. Needs suggestions made with a limit of 2 or more,
 * or a close runner-up goes unseen.
 */
export function autoAcceptSuggestions(
  connectionId: string,
  suggestions: readonly MappingSuggestion[],
  threshold: number,
): Mapping[] {
  if (!(threshold >= HIGH_CONFIDENCE && threshold <= 1)) {
    throw new RangeError(
      `The auto-accept threshold must be between ${HIGH_CONFIDENCE} and 1, not ${threshold}: ` +
        'below that, mappings would be made on evidence a person should check.',
    )
  }
  const mappings: Mapping[] = []
  for (const suggestion of suggestions) {
    const [top, runnerUp] = suggestion.candidates
    if (!top || top.confidence < threshold) continue
    // Compared in hundredths: 0.95 − 0.85 is 0.0999… in floating point.
    const gap = Math.round((top.confidence - (runnerUp?.confidence ?? 0)) * 100)
    if (gap < AUTO_ACCEPT_MARGIN * 100) continue
    mappings.push(mappingFor(connectionId, suggestion, top.customerId))
  }
  return mappings
}
