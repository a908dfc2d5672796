import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DistributorError } from '../errors'
import { parseResponse } from './parse-response'

const where = { distributor: 'arrowsphere', label: 'ArrowSphere', call: 'GET /customers' }
const Schema = v.object({
  data: v.object({
    customers: v.array(
      v.object({ Reference: v.string(), Status: v.picklist(['Active', 'Inactive']) }),
    ),
  }),
})
const customer = { Reference: 'XSP1', Status: 'Active' }

function thrown(data: unknown): DistributorError {
  try {
    parseResponse(Schema, data, where)
  } catch (error) {
    if (error instanceof DistributorError) return error
    throw error
  }
  throw new Error('expected a contract error')
}

describe('parseResponse', () => {
  it('returns the validated output for an answer that fits', () => {
    const data = { data: { customers: [customer] } }
    expect(parseResponse(Schema, data, where)).toEqual(data)
  })

  it('names the distributor, the call and the dotted path of a missing field', () => {
    const error = thrown({
      data: { customers: [customer, customer, customer, { Status: 'Active' }] },
    })
    expect(error).toMatchObject({
      kind: 'contract',
      distributor: 'arrowsphere',
      call: 'GET /customers',
      field: 'data.customers[3].Reference',
    })
    expect(error.message).toMatch(
      /^ArrowSphere answered GET \/customers with data we cannot read: data\.customers\[3\]\.Reference is missing \(expected string\)\./,
    )
  })

  it('shows an unexpected short value so a new enum member is obvious', () => {
    const error = thrown({ data: { customers: [{ Reference: 'X', Status: 'Frozen' }] } })
    expect(error.field).toBe('data.customers[0].Status')
    expect(error.message).toContain(
      'data.customers[0].Status is "Frozen" (expected "Active" | "Inactive")',
    )
  })

  it('does not echo long values', () => {
    const error = thrown({ data: { customers: [{ Reference: 'X', Status: 'y'.repeat(200) }] } })
    expect(error.message).not.toContain('yyyy')
    expect(error.message).toContain('is a long string')
  })

  it('speaks of the body itself when the whole answer has the wrong shape', () => {
    const error = thrown('Service Unavailable')
    expect(error.field).toBeUndefined()
    expect(error.message).toContain('the body is "Service Unavailable" (expected Object)')
  })
})
