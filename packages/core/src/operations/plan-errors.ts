/** The plan was made from an older register: re-plan against `currentVersion`. */
export class PlanConflictError extends Error {
  readonly currentVersion: number
  constructor(planVersion: number, currentVersion: number) {
    super(
      `The register changed while this plan was prepared (plan made from version ${planVersion}, register is at ${currentVersion}). Prepare the preview again.`,
    )
    this.name = 'PlanConflictError'
    this.currentVersion = currentVersion
  }
}

/**
 * A plan operation does not fit the register (a record missing or already there, a value the model
 * refuses, a `before` that is not the record's). Nothing was applied. `field` is the operation's
 * part at fault, as `operations[3].after.quantity`; `label` says which operation in words.
 */
export class PlanApplyError extends Error {
  readonly operationIndex: number
  readonly field: string
  constructor(
    operationIndex: number,
    message: string,
    options: { field?: string; label?: string } = {},
  ) {
    const label = options.label ? ` (${options.label})` : ''
    super(`Operation ${operationIndex + 1}${label}: ${message} Nothing was applied.`)
    this.name = 'PlanApplyError'
    this.operationIndex = operationIndex
    this.field = `operations[${operationIndex}]${options.field ? `.${options.field}` : ''}`
  }
}

/** An option or choice given to a planner is not usable; the message says which and how to fix it. */
export class PlanInputError extends Error {
  readonly field: string
  constructor(field: string, message: string) {
    super(message)
    this.name = 'PlanInputError'
    this.field = field
  }
}
