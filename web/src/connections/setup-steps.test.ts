import { emptyRegister } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { setupSteps } from './setup-steps'

const done = (steps: ReturnType<typeof setupSteps>) =>
  steps.filter((s) => s.done).map((s) => s.label)

describe('setupSteps', () => {
  it('ticks nothing for a connection just saved', () => {
    const steps = setupSteps({
      connectionId: 'k1',
      register: emptyRegister(),
      testPassed: false,
      integratorEnabled: false,
    })
    expect(steps.map((s) => s.label)).toEqual([
      'Test Configuration',
      'Generate Mappings',
      'Import Customers',
      'Import Subscriptions',
      'Turn on the Integrator',
    ])
    expect(done(steps)).toEqual([])
  })

  it('ticks the steps the register shows were done for this connection only', () => {
    const steps = setupSteps({
      connectionId: 'k1',
      register: {
        customers: [
          {
            id: 'c1',
            name: 'Acme',
            inactive: false,
            version: 1,
            createdBy: { distributor: 'Rhipe', connectionId: 'k1' },
          },
        ],
        mappings: [
          {
            connectionId: 'k1',
            externalCustomerId: 'x1',
            externalName: 'Acme',
            customerId: 'c1',
            origin: 'generated',
          },
        ],
        subscriptions: [],
      },
      testPassed: true,
      integratorEnabled: false,
    })
    expect(done(steps)).toEqual(['Test Configuration', 'Generate Mappings', 'Import Customers'])
    const other = setupSteps({
      connectionId: 'k2',
      register: { customers: [], mappings: [], subscriptions: [] },
      testPassed: false,
      integratorEnabled: true,
    })
    expect(done(other)).toEqual(['Turn on the Integrator'])
  })
})
