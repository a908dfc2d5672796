import {
  BillingSettingsSchema,
  BillingTotalsSchema,
  reconcile,
  type BillingSettings,
  type BillingTotals,
  type Register,
} from '@seatkeeper/core'
import * as v from 'valibot'

const SETTINGS = 'billing-settings'
const TOTALS = 'billing-totals'

/**
 * The reconciliation settings and the last totals, as two rows of the register's `meta` table
 * (docs/register.md "Billing"). Settings are configuration like a connection's settings, not
 * register records, so they are not runs. The totals are worked out again whenever the register's
 * version, the day or the settings differ from the ones they were worked out for.
 */
export class ReconciliationStore {
  constructor(private readonly sql: SqlStorage) {}

  settings(): BillingSettings {
    // Nothing stored reads as the defaults, as settings stored before a field was added do.
    return v.parse(BillingSettingsSchema, this.read(SETTINGS) ?? {})
  }

  putSettings(settings: BillingSettings): void {
    this.write(SETTINGS, settings)
    this.sql.exec('DELETE FROM meta WHERE key = ?', TOTALS)
  }

  /** The totals for `register` today: the stored ones when still true, else worked out and kept. */
  totals(register: Register, now = new Date()): BillingTotals {
    const today = now.toISOString().slice(0, 10)
    const stored = this.read(TOTALS)
    if (stored !== undefined) {
      const totals = v.parse(BillingTotalsSchema, stored)
      if (totals.version === register.version && totals.today === today) return totals
    }
    return this.refresh(register, now)
  }

  /** Works the totals out for `register` and keeps them (after each integrator run). */
  refresh(register: Register, now = new Date()): BillingTotals {
    const today = now.toISOString().slice(0, 10)
    const { marginFloor } = this.settings()
    const { findings, totals } = reconcile(register, {
      today,
      ...(marginFloor === undefined ? {} : { marginFloor }),
    })
    const answer: BillingTotals = {
      version: register.version,
      at: now.toISOString(),
      today,
      findings: findings.length,
      byCurrency: totals.byCurrency,
      counts: totals.counts,
    }
    this.write(TOTALS, answer)
    return answer
  }

  private read(key: string): unknown {
    const row = this.sql
      .exec<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)
      .toArray()[0]
    return row ? (JSON.parse(row.value) as unknown) : undefined
  }

  private write(key: string, value: unknown): void {
    this.sql.exec(
      'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)',
      key,
      JSON.stringify(value),
    )
  }
}
