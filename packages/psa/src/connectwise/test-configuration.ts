import * as v from 'valibot'
import { parseResponse, type DistributorHttp, type TestResult } from '@seatkeeper/distributors'
import { COMPANIES_CALL, CW_ID, CW_LABEL } from './calls'
import { cwApiRoot } from './codebase'

/** The codebase lookup and `GET /company/companies/count` with the member's keys. */
export async function testCwConfiguration(http: DistributorHttp): Promise<TestResult> {
  const root = await cwApiRoot(http)
  const call = `${COMPANIES_CALL}/count`
  const { count } = parseResponse(
    v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    await http.json({ call, method: 'GET', path: `${root}/company/companies/count` }),
    { distributor: CW_ID, label: CW_LABEL, call },
  )
  return {
    ok: true,
    message: `Connected to ConnectWise PSA: ${count === 0 ? 'no companies yet' : `${count} compan${count === 1 ? 'y' : 'ies'}`} visible to this API member.`,
    details: { companies: String(count), apiRoot: root },
  }
}
