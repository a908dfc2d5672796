import {
  emptyRegister,
  generateMappings,
  planMappingChanges,
  type Register,
} from '@seatkeeper/core'
import { describe, expect, it, vi } from 'vitest'
import { generationReport } from './generation-report'
import { mappingRows } from './mapping-rows'
import { submitWithReplan } from './submit-with-replan'

const register: Register = {
  ...emptyRegister(),
  version: 2,
  customers: [
    { id: 'c-1', name: 'Contoso', inactive: false, version: 1 },
    { id: 'c-2', name: 'Fabrikam', inactive: false, version: 1 },
    { id: 'c-3', name: 'Fabrikam', inactive: false, version: 1 },
    { id: 'c-4', name: 'Adatum', inactive: false, version: 1 },
  ],
  mappings: [
    {
      connectionId: 'k1',
      externalCustomerId: 'x-9',
      externalName: 'contoso ltd',
      customerId: 'c-1',
      origin: 'manual',
    },
    {
      connectionId: 'k1',
      externalCustomerId: 'x-8',
      externalName: 'Adatum',
      customerId: 'c-4',
      origin: 'generated',
    },
    {
      connectionId: 'other',
      externalCustomerId: 'x-7',
      externalName: 'Elsewhere',
      customerId: 'c-1',
      origin: 'import',
    },
  ],
}

describe('mappingRows', () => {
  it('lists only this connection’s mappings, by distributor name, with the register customer’s name', () => {
    expect(
      mappingRows(register, 'k1').map((row) => [
        row.externalName,
        row.customerName,
        row.originLabel,
      ]),
    ).toEqual([
      ['Adatum', 'Adatum', 'Generated'],
      ['contoso ltd', 'Contoso', 'Added by hand'],
    ])
  })

  it('says why a generated mapping was made', () => {
    expect(mappingRows(register, 'k1')[0]?.evidence).toBe('Exactly the same name')
  })
})

describe('generationReport', () => {
  it('counts the mappings made and lists ambiguous names with the customers that share them', () => {
    const generated = generateMappings(
      'k1',
      [
        { externalId: 'x-1', name: 'Fabrikam', status: 'active' },
        { externalId: 'x-2', name: 'Nobody', status: 'active' },
        { externalId: 'x-8', name: 'Adatum', status: 'active' },
      ],
      {
        ...register,
        customers: [
          ...register.customers,
          { id: 'c-5', name: 'Nobody', inactive: false, version: 1 },
        ],
      },
    )
    const report = generationReport(generated, register)
    expect(report.made).toBe(1)
    expect(report.summary).toBe(
      'Made 1 mapping; 1 already mapped; 0 with no register customer of the same name; 1 name is ambiguous and left unmapped.',
    )
    expect(report.ambiguous).toEqual([
      { name: 'Fabrikam', customers: ['Fabrikam (1)', 'Fabrikam (2)'] },
    ])
    expect(report.next).toBeUndefined()
  })

  it('tells the user that Import Customers creates the distributor customers left unmatched', () => {
    const generated = generateMappings(
      'k1',
      [{ externalId: 'x-99', name: 'Brand New Pty', status: 'active' }],
      register,
    )
    const report = generationReport(generated, register)
    expect(report.summary).toContain('1 with no register customer of the same name')
    expect(report.next).toMatch(/^For the 1 distributor customer .*Import Customers .* creates it/)
  })
})

describe('submitWithReplan', () => {
  class Conflict extends Error {}
  const add = (r: Register) =>
    planMappingChanges({
      connectionId: 'k1',
      register: r,
      add: [
        {
          connectionId: 'k1',
          externalCustomerId: 'x-1',
          externalName: 'F',
          customerId: 'c-2',
          origin: 'manual',
        },
      ],
    })

  it('plans the change again against the new register after a 409 and applies it', async () => {
    const submit = vi
      .fn()
      .mockRejectedValueOnce(new Conflict())
      .mockResolvedValueOnce({ version: 6, runId: 'run-2' })
    const loadRegister = vi
      .fn()
      .mockResolvedValueOnce(register)
      .mockResolvedValueOnce({ ...register, version: 5 })
    const outcome = await submitWithReplan(add, {
      loadRegister,
      submit,
      isRegisterChanged: (e) => e instanceof Conflict,
    })
    expect(outcome.replanned).toBe(true)
    expect(outcome.plan.baseVersion).toBe(5)
    expect(submit).toHaveBeenCalledTimes(2)
  })

  it('gives up after the second conflict instead of looping', async () => {
    const submit = vi.fn().mockRejectedValue(new Conflict())
    await expect(
      submitWithReplan(add, {
        loadRegister: async () => register,
        submit,
        isRegisterChanged: (e) => e instanceof Conflict,
      }),
    ).rejects.toBeInstanceOf(Conflict)
    expect(submit).toHaveBeenCalledTimes(2)
  })

  it('passes other failures on at once', async () => {
    const submit = vi.fn().mockRejectedValue(new Error('offline'))
    await expect(
      submitWithReplan(add, {
        loadRegister: async () => register,
        submit,
        isRegisterChanged: () => false,
      }),
    ).rejects.toThrow('offline')
    expect(submit).toHaveBeenCalledOnce()
  })
})
