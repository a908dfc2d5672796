/** A failure in words for the person using the page; never raw JSON. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message
  return 'The action failed for a reason the page could not read. Try again; if it persists, reload the page.'
}
