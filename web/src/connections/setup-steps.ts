import type { Register } from '@seatkeeper/core'

/** One step of a new connection's setup, ticked from what the register and settings show. */
export type SetupStep = {
  label: string
  done: boolean
  /** The connection page tab where the step is done. */
  tab: 'details' | 'mappings' | 'subscriptions' | 'integrator'
  hint: string
}

/**
 * The steps from a saved connection to a daily sync, in the order they work: each later one needs
 * the earlier ones (subscriptions land on mapped customers; the integrator keeps both in step).
 */
export function setupSteps(input: {
  connectionId: string
  register: Pick<Register, 'customers' | 'subscriptions' | 'mappings'>
  testPassed: boolean
  integratorEnabled: boolean
}): SetupStep[] {
  const id = input.connectionId
  const mappings = input.register.mappings.filter((m) => m.connectionId === id)
  const imported =
    mappings.some((m) => m.origin === 'import') ||
    input.register.customers.some((c) => c.createdBy?.connectionId === id)
  return [
    {
      label: 'Test Configuration',
      done: input.testPassed,
      tab: 'details',
      hint: 'checks the credentials with the distributor',
    },
    {
      label: 'Generate Mappings',
      done: mappings.length > 0,
      tab: 'mappings',
      hint: 'maps distributor customers onto register customers of the same name',
    },
    {
      label: 'Import Customers',
      done: imported,
      tab: 'mappings',
      hint: 'creates the unmatched ones in the register',
    },
    {
      label: 'Import Subscriptions',
      done: input.register.subscriptions.some((s) => s.connectionId === id),
      tab: 'subscriptions',
      hint: 'brings each mapped customer’s subscriptions in',
    },
    {
      label: 'Turn on the Integrator',
      done: input.integratorEnabled,
      tab: 'integrator',
      hint: 'keeps customers and subscriptions in step every day',
    },
  ]
}
