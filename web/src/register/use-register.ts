import type { Register } from '@seatkeeper/core'
import { useQuery } from '@tanstack/solid-query'
import { registerQueryOptions } from './register-query-options'

/**
 * The register query for a page: `data` is the plain Register of the copy shown (RegisterCopy),
 * the same object until the next refresh replaces it, so memos over it run once per version.
 */
export function useRegister() {
  const query = useQuery(() => registerQueryOptions())
  return {
    get data(): Register | undefined {
      return query.data?.register
    },
    /** The copy shown, with its indexes and when it was refreshed. */
    get copy() {
      return query.data
    },
    get isPending() {
      return query.isPending
    },
    get isError() {
      return query.isError
    },
    get error() {
      return query.error
    },
    refetch: () => query.refetch(),
  }
}
