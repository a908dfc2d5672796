import { connectToSimulator } from '@seatkeeper/distributors/testing'
import { cwSandboxCredentials, generateWorldBilling, type CwWrite } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { connectwiseAdapter } from './index'

// The adapter against the ConnectWise PSA simulator of `pnpm start`, mounted as the sandbox mounts it.
function connect(privateKey = cwSandboxCredentials.secrets.privateKey) {
  const { world, http, sandbox } = connectToSimulator(connectwiseAdapter, 5, {
    credentials: { config: cwSandboxCredentials.config, secrets: { privateKey } },
  })
  const writes = async () => (await (await sandbox('/_writes')).json()) as CwWrite[]
  return { world, http, writes }
}

describe('ConnectWise PSA adapter against its simulator', () => {
  it('lists the customers (the recycle-bin duplicate as deleted, the prospect left out) and every monthly line', async () => {
    const { world, http } = connect()
    const companies = await connectwiseAdapter.listCompanies(http)
    expect(companies.items.filter((c) => c.status !== 'deleted')).toHaveLength(
      world.customers.length,
    )
    expect(companies.items.filter((c) => c.status === 'deleted')).toHaveLength(1)
    expect(companies.items.some((c) => c.name === 'Prospect Co')).toBe(false)
    const lines = await connectwiseAdapter.listBillingLines(http)
    expect(lines.complete).toBe(true)
    expect(lines.items).toHaveLength(
      generateWorldBilling(world).lines.filter((l) => l.period === 'monthly').length,
    )
  })

  it('patches a quantity on a plain agreement and replaces the addition on a prorated one', async () => {
    const { http, writes } = connect()
    const lines = (await connectwiseAdapter.listBillingLines(http)).items
    const plain = lines.find((l) => l.reference.prorates === 'false')!
    const prorated = lines.find((l) => l.reference.prorates === 'true')!
    await connectwiseAdapter.applyBillingChange(http, { line: plain, quantity: plain.quantity + 1 })
    const replaced = await connectwiseAdapter.applyBillingChange(http, {
      line: prorated,
      quantity: prorated.quantity + 1,
      effectiveDate: '2026-12-10',
    })
    expect(replaced.after.externalId).not.toBe(prorated.externalId)
    expect((await writes()).map((w) => w.method)).toEqual(['PATCH', 'POST', 'PATCH'])
    const listed = (await connectwiseAdapter.listBillingLines(http)).items
    expect(listed.find((l) => l.externalId === prorated.externalId)?.endDate).toBe('2026-12-09')
    expect(listed.find((l) => l.externalId === replaced.after.externalId)?.quantity).toBe(
      prorated.quantity + 1,
    )
  })

  it('undoes a prorated change before it bills by billing the old addition again and cancelling the new one', async () => {
    const { http, writes } = connect()
    const before = (await connectwiseAdapter.listBillingLines(http)).items.find(
      (l) => l.reference.prorates === 'true' && !l.inactive,
    )!
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const { after } = await connectwiseAdapter.applyBillingChange(http, {
      line: before,
      quantity: before.quantity + 2,
      effectiveDate: tomorrow,
    })
    const undo = connectwiseAdapter.undoOf(after, before)
    if ('reason' in undo) throw new Error(undo.reason)
    const undone = await connectwiseAdapter.applyBillingChange(http, undo)
    expect(undone.after).toMatchObject({
      externalId: before.externalId,
      quantity: before.quantity,
      inactive: false,
    })
    const sent = (await writes())
      .slice(2)
      .map((w) => [w.path.replace(/^.*\/additions/, ''), w.body])
    const today = new Date(Date.parse(`${tomorrow}T00:00:00Z`) - 86_400_000)
    expect(sent).toEqual([
      [`/${before.externalId}`, [{ op: 'replace', path: 'cancelledDate', value: null }]],
      [
        `/${after.externalId}`,
        [{ op: 'replace', path: 'cancelledDate', value: today.toISOString().replace('.000', '') }],
      ],
    ])
    const listed = (await connectwiseAdapter.listBillingLines(http)).items
    expect(listed.find((l) => l.externalId === after.externalId)?.inactive).toBe(true)
    expect(listed.find((l) => l.externalId === before.externalId)).toMatchObject({
      quantity: before.quantity,
      inactive: false,
    })
  })

  it('undoes a prorated change that already billed with a further prorated change back', () => {
    const line = {
      externalId: '9001',
      companyExternalId: '1',
      description: 'Microsoft 365 Business Premium',
      quantity: 12,
      unitPrice: 30,
      period: 'monthly' as const,
      inactive: false,
      quantityRule: 'fixed' as const,
      startDate: '2026-11-01',
      reference: { apiRoot: '/v4_6_release/apis/3.0', agreementId: '7', prorates: 'true' },
    }
    const undo = connectwiseAdapter.undoOf(line, { ...line, externalId: '701', quantity: 10 })
    expect(undo).toEqual({ line, quantity: 10 })
  })

  it('refuses wrong member keys with the hint', async () => {
    const { http } = connect('wrong')
    await expect(connectwiseAdapter.testConfiguration(http)).rejects.toThrow(
      /API Members > API Keys/,
    )
  })
})
