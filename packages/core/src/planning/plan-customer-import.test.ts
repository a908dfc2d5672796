import { describe, expect, it } from 'vitest'
import { arrow, customer, dicker, external, mapping, register } from '../testing/builders'
import { applyPlan } from './apply-plan'
import { planCustomerImport } from './plan-customer-import'
import { PlanInputError } from '../operations/plan-errors'

const address = {
  line1: '1 George St',
  city: 'Sydney',
  region: 'NSW',
  postcode: '2000',
  country: 'AU',
}
const noOptions = { updateMainSiteAddress: false }

describe('planCustomerImport', () => {
  it('updates a mapped customer and does not create a second one', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso')],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso Ltd' })],
    })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso Ltd', { tenantId: 't-1' })],
      register: reg,
      options: noOptions,
    })
    expect(plan.operations).toEqual([
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { tenantId: null },
        after: { tenantId: 't-1' },
      },
    ])
    expect(plan.summary.customers).toEqual({ create: 0, update: 1, unchanged: 0, skipped: 0 })
  })

  it('updates the main site address of an existing customer only when the option is on', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso')],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso' })],
    })
    const input = {
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso', { address })],
      register: reg,
    }
    const off = planCustomerImport({ ...input, options: { updateMainSiteAddress: false } })
    expect(off.operations).toEqual([])
    expect(off.summary.customers.unchanged).toBe(1)
    const on = planCustomerImport({ ...input, options: { updateMainSiteAddress: true } })
    expect(on.operations).toEqual([
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { mainSite: null },
        after: { mainSite: address },
      },
    ])
  })

  it('keeps the address the user typed when the distributor has none', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso', { mainSite: address })],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso' })],
    })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso')],
      register: reg,
      options: { updateMainSiteAddress: true },
    })
    expect(plan.operations).toEqual([])
  })

  it('never overwrites the name or top level of an existing customer', () => {
    const reg = register({
      topLevels: [{ id: 't1', name: 'Retail' }],
      customers: [customer('c1', 'Contoso (head office)', { topLevelId: 't1' })],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso Ltd' })],
    })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso Ltd')],
      register: reg,
      options: { topLevelId: undefined, updateMainSiteAddress: true },
    })
    expect(plan.operations).toEqual([])
  })

  it('maps an unmapped distributor customer to the one register customer with exactly its name, then updates it', () => {
    const reg = register({ customers: [customer('c1', 'Fabrikam')] })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X2', ' Fabrikam ', { domain: 'fabrikam.com' })],
      register: reg,
      options: noOptions,
    })
    expect(plan.operations).toEqual([
      {
        op: 'addMapping',
        after: {
          connectionId: arrow.id,
          externalCustomerId: 'X2',
          externalName: ' Fabrikam ',
          customerId: 'c1',
          origin: 'import',
        },
      },
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { domain: null },
        after: { domain: 'fabrikam.com' },
      },
    ])
    expect(plan.summary.customers.create).toBe(0)
  })

  it('creates a customer under the chosen top level, created by the distributor, and maps it', () => {
    const reg = register({ topLevels: [{ id: 'tl-retail', name: 'Retail' }] })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X3', 'Litware Inc', { address, tenantId: 't-3' })],
      register: reg,
      options: { topLevelId: 'tl-retail', updateMainSiteAddress: false },
    })
    const [create, map] = plan.operations
    expect(create).toMatchObject({
      op: 'createCustomer',
      after: {
        name: 'Litware Inc',
        topLevelId: 'tl-retail',
        mainSite: address,
        tenantId: 't-3',
        createdBy: { distributor: 'ArrowSphere', connectionId: arrow.id },
        inactive: false,
        version: 1,
      },
    })
    const createdId = create?.op === 'createCustomer' ? create.after.id : ''
    expect(map).toEqual({
      op: 'addMapping',
      after: {
        connectionId: arrow.id,
        externalCustomerId: 'X3',
        externalName: 'Litware Inc',
        customerId: createdId,
        origin: 'import',
      },
    })
    expect(plan.summary.customers).toEqual({ create: 1, update: 0, unchanged: 0, skipped: 0 })
  })

  it('creates a new customer with no top level when none is chosen', () => {
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X3', 'Litware')],
      register: register(),
      options: noOptions,
    })
    const create = plan.operations[0]
    expect(create?.op === 'createCustomer' && 'topLevelId' in create.after).toBe(false)
  })

  it('refuses a top level that does not exist, naming it', () => {
    expect(() =>
      planCustomerImport({
        connection: arrow,
        externalCustomers: [],
        register: register(),
        options: { topLevelId: 'gone', updateMainSiteAddress: false },
      }),
    ).toThrow(PlanInputError)
  })

  it('skips a Dicker Data customer without a CSP tenant, with the reason', () => {
    const reason = 'No CSP tenant is assigned to this customer in Dicker Data.'
    const plan = planCustomerImport({
      connection: dicker,
      externalCustomers: [
        external('D1', 'Wingtip', { importable: { ok: false, reason } }),
        external('D2', 'Coho', { tenantId: 't' }),
      ],
      register: register(),
      options: noOptions,
    })
    expect(plan.skipped).toEqual([
      { entity: 'customer', externalId: 'D1', name: 'Wingtip', reason },
    ])
    expect(plan.summary.customers).toMatchObject({ create: 1, skipped: 1 })
  })

  it('skips a name shared by two register customers instead of creating a third', () => {
    const reg = register({ customers: [customer('c1', 'Contoso'), customer('c2', 'Contoso')] })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso')],
      register: reg,
      options: noOptions,
    })
    expect(plan.operations).toEqual([])
    expect(plan.skipped[0]?.reason).toMatch(/2 customers in the register are named "Contoso".*Add/)
  })

  it('does not create a customer for a distributor customer deleted upstream', () => {
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X9', 'Gone Pty Ltd', { status: 'deleted' })],
      register: register(),
      options: noOptions,
    })
    expect(plan.operations).toEqual([])
    expect(plan.skipped[0]?.reason).toMatch(/deleted at ArrowSphere/)
  })

  it('records a distributor-side rename on the mapping without renaming the customer', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso')],
      mappings: [mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso Ltd' })],
    })
    const plan = planCustomerImport({
      connection: arrow,
      externalCustomers: [external('X1', 'Contoso Group Ltd')],
      register: reg,
      options: noOptions,
    })
    expect(plan.operations).toEqual([
      {
        op: 'updateMapping',
        connectionId: arrow.id,
        externalCustomerId: 'X1',
        before: { externalName: 'Contoso Ltd' },
        after: { externalName: 'Contoso Group Ltd' },
      },
    ])
  })

  it('gives new customers in the preview the ids they get when applied, and an empty plan after', () => {
    const input = {
      connection: arrow,
      externalCustomers: [external('X1', 'A'), external('X2', 'B')],
      register: register(),
      options: noOptions,
    }
    const plan = planCustomerImport(input)
    const after = applyPlan(input.register, plan)
    expect(after.customers.map((c) => c.name)).toEqual(['A', 'B'])
    expect(planCustomerImport({ ...input, register: after }).operations).toEqual([])
  })
})
