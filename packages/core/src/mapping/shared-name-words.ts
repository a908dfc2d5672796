import type { EvidenceProfile } from './evidence-profile'

/** What the scorer needs to know about a name word beyond its number. */
export type WordLookup = {
  /** How much the word tells companies apart (rare in the register: more). */
  wordWeight(wordId: number): number
  wordText(wordId: number): string
}

/** Words two names share, counted as in the reason, and the weighted share of them. */
export type WordShare = { count: number; all: number; ratio: number }

// One result object for every pair, overwritten by the next call (~100k pairs may be scored).
const share: WordShare = { count: 0, all: 0, ratio: 0 }

/**
 * The shared words of two names and their weighted share: the weight of the shared words over the
 * weight of all distinct words of both. A word of one name written as two neighbouring words of
 * the other ("BlueSky" / "Blue Sky") counts as one shared word. Words are distinct within a
 * profile, so nested loops over 2–4 numbers find the shared ones.
 */
export function shareNameWords(
  a: EvidenceProfile,
  b: EvidenceProfile,
  words: WordLookup,
): WordShare {
  let count = 0
  let shared = 0
  let total = 0
  for (const word of a.wordIds) {
    const weight = words.wordWeight(word)
    total += weight
    if (b.wordIds.includes(word)) {
      count++
      shared += weight
    }
  }
  for (const word of b.wordIds) if (!a.wordIds.includes(word)) total += words.wordWeight(word)
  share.count = count
  share.all = a.wordIds.length + b.wordIds.length - count
  // Most pairs share all or none of their words: only a pair with words left over on both sides
  // can hold a joined word.
  if (count < a.wordIds.length && count < b.wordIds.length) {
    for (const [joined, split] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const word of joined.wordIds) {
        if (split.wordIds.includes(word)) continue
        const pairWeight = splitPairWeight(words.wordText(word), split, joined, words)
        if (pairWeight < 0) continue
        // One word of the union instead of three; its weight counted once.
        share.count++
        share.all -= 2
        shared += words.wordWeight(word)
        total -= pairWeight
      }
    }
  }
  share.ratio = total > 0 ? shared / total : 0
  return share
}

/**
 * The weight of the two neighbouring words of `split` that together spell `text` (neither of them
 * in `other`); -1 when no two do.
 */
function splitPairWeight(
  text: string,
  split: EvidenceProfile,
  other: EvidenceProfile,
  words: WordLookup,
): number {
  const ids = split.wordIds
  for (let i = 0; i + 1 < ids.length; i++) {
    const first = ids[i] as number
    const second = ids[i + 1] as number
    if (other.wordIds.includes(first) || other.wordIds.includes(second)) continue
    const head = words.wordText(first)
    const tail = words.wordText(second)
    if (text.length === head.length + tail.length && text.startsWith(head) && text.endsWith(tail))
      return words.wordWeight(first) + words.wordWeight(second)
  }
  return -1
}
