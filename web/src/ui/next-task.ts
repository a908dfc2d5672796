/** A task boundary: the page paints and answers input before the caller goes on. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
