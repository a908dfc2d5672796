import { describe, expect, it } from 'vitest'
import { actorLabel } from './actor-label'

describe('actorLabel', () => {
  it('names a scheduled run "Daily sync"', () => {
    expect(actorLabel({ actor: 'integrator', trigger: 'cron' })).toBe('Daily sync')
  })

  it('names the person behind a Sync now', () => {
    expect(actorLabel({ actor: 'ann@msp.example', trigger: 'sync-now' })).toBe(
      'Sync now (ann@msp.example)',
    )
  })

  it('never shows the code word "local"', () => {
    expect(actorLabel({ actor: 'local', trigger: 'user' })).toBe('You (this computer)')
  })
})
