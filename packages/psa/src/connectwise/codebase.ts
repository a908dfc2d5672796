import { DistributorError, parseResponse, type DistributorHttp } from '@seatkeeper/distributors'
import { CW_ID, CW_LABEL } from './calls'
import { CwCompanyInfoSchema } from './schemas'

const codebases = new WeakMap<DistributorHttp, Promise<string>>()

/**
 * The site's API root, e.g. "/v2025_1/apis/3.0": the codebase comes from `GET
 * /login/companyinfo/<companyId>` (no auth) [C: pyconnectwise manage_client.py, Connect-CWM.ps1],
 * read once per client.
 */
export function cwApiRoot(http: DistributorHttp): Promise<string> {
  let root = codebases.get(http)
  if (!root) {
    root = readApiRoot(http)
    codebases.set(http, root)
    root.catch(() => codebases.delete(http))
  }
  return root
}

async function readApiRoot(http: DistributorHttp): Promise<string> {
  const company = http.config?.companyId?.trim()
  const call = 'GET /login/companyinfo/{company}'
  if (!company) {
    throw new DistributorError({
      kind: 'auth',
      distributor: CW_ID,
      call,
      message: 'ConnectWise PSA needs the Company ID you enter on its sign-in page.',
    })
  }
  const info = parseResponse(
    CwCompanyInfoSchema,
    await http.json({
      call,
      method: 'GET',
      path: `/login/companyinfo/${encodeURIComponent(company)}`,
      anonymous: true,
    }),
    { distributor: CW_ID, label: CW_LABEL, call },
  )
  return `/${info.Codebase.replace(/\/+$/, '')}/apis/3.0`
}
