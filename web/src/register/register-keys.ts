/** Query keys for the register; the one key factory for this noun. */
export const registerKeys = {
  all: ['register'] as const,
  snapshot: () => [...registerKeys.all, 'snapshot'] as const,
}
