import * as v from 'valibot'

/**
 * A field change is written as { field: value } in `before` and `after`. `null` means "not set":
 * JSON drops `undefined`, and a preview or an undo must still see that a field was empty.
 */
export const changeField = <T extends v.GenericSchema>(schema: T) => v.optional(v.nullable(schema))
