import * as v from 'valibot'
import { parseResponse, type DistributorHttp, type TestResult } from '@seatkeeper/distributors'
import { AT_ID, AT_LABEL } from './calls'

/**
 * `GET /V1.0/ThresholdInformation`: proves the three headers work and says how much of the
 * database's hourly allowance, shared by every integration, is in use [C].
 */
export async function testAtConfiguration(http: DistributorHttp): Promise<TestResult> {
  const call = 'GET /V1.0/ThresholdInformation'
  const t = parseResponse(
    v.object({
      externalRequestThreshold: v.pipe(v.number(), v.minValue(1)),
      requestThresholdTimeframe: v.nullish(v.number()),
      currentTimeframeRequestCount: v.pipe(v.number(), v.minValue(0)),
    }),
    await http.json({ call, method: 'GET', path: '/ThresholdInformation' }),
    { distributor: AT_ID, label: AT_LABEL, call },
  )
  const used = Math.round((t.currentTimeframeRequestCount / t.externalRequestThreshold) * 100)
  return {
    ok: true,
    message: `Connected to Autotask: ${t.currentTimeframeRequestCount.toLocaleString('en')} of ${t.externalRequestThreshold.toLocaleString('en')} requests this hour used by all integrations (${used}%).`,
    details: {
      requestsThisHour: String(t.currentTimeframeRequestCount),
      hourlyLimit: String(t.externalRequestThreshold),
    },
  }
}
