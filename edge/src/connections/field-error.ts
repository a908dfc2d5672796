import { AppError } from '../http/app-error'

// Kept only for register/ and runs/ until their branch throws AppError itself; delete then.
export function fieldError(field: string | undefined, message: string): AppError {
  return new AppError('invalid', message, field === undefined ? {} : { field })
}
