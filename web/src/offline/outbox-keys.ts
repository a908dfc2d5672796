/** Query keys for the offline outbox; the one key factory for this noun. */
export const outboxKeys = {
  all: ['outbox'] as const,
  list: () => [...outboxKeys.all, 'list'] as const,
}
