/** setTimeout as a promise: the default wait of the clients (tests inject their own). */
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
