/** POST /api/register/plans answered 409: the register moved on; plan again against `version`. */
export class RegisterChangedError extends Error {
  override readonly name = 'RegisterChangedError'
  /** The register's current version, as the edge reported it. */
  readonly version: number

  constructor(message: string, version: number) {
    super(message)
    this.version = version
  }
}
