import { HTTPException } from 'hono/http-exception'

export type RegisterErrorKind = 'invalid' | 'conflict' | 'not-found'

const STATUS = { invalid: 400, conflict: 409, 'not-found': 404 } as const
const PATTERN = /^\[(invalid|conflict|not-found)(?::([^\]]*))?\] ([\s\S]*)$/

/**
 * An error the register refuses a request with. Workers RPC keeps only an error's message across
 * the Durable Object boundary (own properties are dropped), so the kind and field travel in it:
 * "[invalid:name] A customer needs a name." The route turns it back into a status with
 * `registerErrorResponse`.
 */
export function registerError(kind: RegisterErrorKind, message: string, field?: string): Error {
  return new Error(`[${kind}${field ? `:${field}` : ''}] ${message}`)
}

export type ParsedRegisterError = {
  kind: RegisterErrorKind
  status: 400 | 404 | 409
  message: string
  field?: string
}

/** The kind, field and user-facing message of an error made by `registerError`; undefined for others. */
export function parseRegisterError(error: unknown): ParsedRegisterError | undefined {
  if (!(error instanceof Error)) return undefined
  const match = PATTERN.exec(error.message)
  if (!match) return undefined
  const kind = match[1] as RegisterErrorKind
  return {
    kind,
    status: STATUS[kind],
    message: match[3] as string,
    ...(match[2] ? { field: match[2] } : {}),
  }
}

/**
 * Runs a register call and turns its refusals into the API's error answer; anything else is a bug
 * and goes on to onError.
 */
export async function orRegisterError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const parsed = parseRegisterError(error)
    if (!parsed) throw error
    const body = {
      error: { message: parsed.message, ...(parsed.field ? { field: parsed.field } : {}) },
    }
    throw new HTTPException(parsed.status, {
      res: new Response(JSON.stringify(body), {
        status: parsed.status,
        headers: { 'content-type': 'application/json; charset=UTF-8' },
      }),
    })
  }
}
