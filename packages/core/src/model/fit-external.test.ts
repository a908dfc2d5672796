import { describe, expect, it } from 'vitest'
import { applyPlan } from '../planning/apply-plan'
import { planSync } from '../planning/plan-sync'
import { arrow, external, extSub, register, settings } from '../testing/builders'
import { fitExternalCustomer, fitExternalSubscription } from './fit-external'
import { fitText, NAME_MAX, textProblem } from './register-text'
import { RegisterSchema } from './register'
import * as v from 'valibot'

const LONG = 'Microsoft 365 E5 '.repeat(20) // 340 characters

describe('fitText', () => {
  it('keeps text the register accepts exactly as it is', () => {
    expect(fitText('Ashford Dental — Zürich 😀', NAME_MAX)).toBe('Ashford Dental — Zürich 😀')
  })

  it('turns a tab or line break into a space and drops direction overrides', () => {
    expect(fitText('Contoso\tLtd\n', NAME_MAX)).toBe('Contoso Ltd')
    expect(fitText('evil\u202Egnp.exe', NAME_MAX)).toBe('evilgnp.exe')
    expect(fitText('NUL\u0000ESC\u001b', NAME_MAX)).toBe('NUL ESC')
  })

  it('replaces a lone surrogate, which is not text', () => {
    expect(fitText('bad\ud800name', NAME_MAX)).toBe('bad\ufffdname')
  })

  it('cuts a name over the limit to the limit, ending in an ellipsis', () => {
    const fitted = fitText(LONG, NAME_MAX)
    expect(fitted.length).toBeLessThanOrEqual(NAME_MAX)
    expect(fitted.length).toBeGreaterThan(NAME_MAX - 3)
    expect(fitted.endsWith('…')).toBe(true)
    expect(LONG.startsWith(fitted.slice(0, -1))).toBe(true)
    expect(textProblem(fitted)).toBeUndefined()
  })

  it('never cuts an emoji in two', () => {
    const fitted = fitText(`${'a'.repeat(198)}😀😀`, NAME_MAX)
    expect(fitted.length).toBeLessThanOrEqual(NAME_MAX)
    expect(textProblem(fitted)).toBeUndefined()
  })
})

describe('fitting a distributor listing', () => {
  it('lets a sync apply a name of 340 characters with a tab instead of failing the whole plan', () => {
    const customers = [external('X1', `Contoso\t${LONG}`, { address: { line1: LONG } })]
    const subscriptions = [extSub('S1', 'X1', { name: `E5\u202E${LONG}` })]
    const fit = <T>(f: { record?: T }) => f.record as T
    const plan = planSync({
      connection: arrow,
      listing: {
        customers: { items: customers.map((c) => fit(fitExternalCustomer(c))), complete: true },
        subscriptions: {
          items: subscriptions.map((s) => fit(fitExternalSubscription(s))),
          complete: true,
        },
      },
      register: register(),
      settings: settings({}, { customerImport: { ...settings().customerImport } }),
      today: '2026-03-01',
    })
    const next = applyPlan(register(), plan)
    expect(v.safeParse(RegisterSchema, next).success).toBe(true)
    expect(next.customers[0]?.name.startsWith('Contoso Microsoft 365 E5')).toBe(true)
    expect(next.subscriptions[0]?.name.startsWith('E5Microsoft 365 E5')).toBe(true)
  })

  it('leaves out a record whose id the register cannot keep, saying which and why', () => {
    const fitted = fitExternalSubscription(extSub('S\u00001', 'X1', { name: 'Exchange Plan 1' }))
    expect(fitted.record).toBeUndefined()
    expect(fitted.problem).toBe(
      'The subscription "Exchange Plan 1" was left out: its id must not contain control or direction characters (found U+0000 at character 2), and the register keeps ids exactly as the distributor sends them.',
    )
    expect(fitExternalCustomer(external('X'.repeat(2001), 'Contoso')).problem).toContain(
      'its id is over 2,000 characters',
    )
  })
})
