/** A failed call to the Seatkeeper API, carrying a message written for the person using the app. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status, or undefined when the API could not be reached at all. */
  readonly status: number | undefined

  constructor(message: string, status: number | undefined) {
    super(message)
    this.status = status
  }
}
