/**
 * What an adapter listed. `complete: false` means part of it could not be read; an absence from an
 * incomplete listing is never taken as a deletion.
 */
export type ListingSnapshot<T> = { items: readonly T[]; complete: boolean }
