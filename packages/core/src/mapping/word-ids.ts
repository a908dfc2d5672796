/**
 * Small numbers for the name words of one suggestion run. Profiles carry their words as these, so
 * scoring a pair counts shared words by comparing numbers instead of building two sets per pair
 * (two sets and a spread array for each of the ~100k pairs a 10k register scores).
 */
export class WordIds {
  private readonly ids = new Map<string, number>()

  idOf(word: string): number {
    let id = this.ids.get(word)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(word, id)
    }
    return id
  }

  /** One more than the largest id handed out. */
  get size(): number {
    return this.ids.size
  }
}
