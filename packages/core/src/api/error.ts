import * as v from 'valibot'

/**
 * The one body every refused /api request answers with (docs/api.md "Errors"): a message written
 * for the person using the app and, when one input is at fault, the field it names
 * (e.g. "secrets.clientSecret"), so the form can show the message beside it.
 */
export const ErrorBodySchema = v.object({
  error: v.object({
    message: v.string(),
    field: v.optional(v.string()),
  }),
})
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>
