/** The adapter id and the name users see, shared by every Dicker Data file. */
export const DICKERDATA = { id: 'dickerdata', label: 'Dicker Data' } as const
