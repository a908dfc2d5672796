/** Query keys for the service's health; the one key factory for this noun. */
export const healthKeys = {
  all: ['health'] as const,
  edge: () => [...healthKeys.all, 'edge'] as const,
}
