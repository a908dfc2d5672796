/**
 * fn over items with at most `limit` calls in flight; results in input order. The first rejection
 * stops new calls and rejects once the calls already in flight have settled, so nothing keeps
 * running (and hitting a distributor) after the caller has been told the listing failed.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`mapConcurrent needs a whole-number limit of at least 1, got ${limit}`)
  }
  const results = new Array<R>(items.length)
  let next = 0
  let failed: { error: unknown } | undefined

  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const index = next++
      try {
        results[index] = await fn(items[index] as T, index)
      } catch (error) {
        failed ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failed !== undefined) throw failed.error
  return results
}
