import { StringTable } from '../support/string-table'

/**
 * Small numbers for the name words of one suggestion run. Profiles carry their words as these, so
 * scoring a pair counts shared words by comparing numbers instead of building two sets per pair
 * (two sets and a spread array for each of the ~100k pairs a 10k register scores).
 */
export class WordIds {
  private readonly words = new StringTable(1024)

  idOf(word: string): number {
    return this.words.add(word)
  }

  /** The word numbered `id`. */
  wordAt(id: number): string {
    return this.words.keyAt(id)
  }

  /** One more than the largest id handed out. */
  get size(): number {
    return this.words.size
  }
}
