import { parseResponse, type DistributorHttp, type TestResult } from '@seatkeeper/distributors'
import { CLIENTS_CALL, CLIENTS_PATH, HALO_ID, HALO_LABEL } from './calls'
import { HaloClientsPageSchema } from './schemas'

/** The token exchange (made by the client first) and one client page of one row: its count. */
export async function testHaloConfiguration(http: DistributorHttp): Promise<TestResult> {
  const call = `${CLIENTS_CALL} (page 1)`
  const page = parseResponse(
    HaloClientsPageSchema,
    await http.json({
      call,
      method: 'GET',
      path: CLIENTS_PATH,
      query: { pageinate: true, page_size: 1, page_no: 1 },
    }),
    { distributor: HALO_ID, label: HALO_LABEL, call },
  )
  const count = page.record_count
  return {
    ok: true,
    message: `Connected to HaloPSA: ${count === 0 ? 'no clients yet' : `${count} client${count === 1 ? '' : 's'}`} visible to this application.`,
    details: { clients: String(count) },
  }
}
