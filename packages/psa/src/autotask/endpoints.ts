import {
  DistributorError,
  parseJsonBody,
  parseResponse,
  sendFetch,
  sandboxBase,
  type Endpoints,
  type FetchLike,
  type RuntimeEnv,
} from '@seatkeeper/distributors'
import * as v from 'valibot'
import { AT_ID, AT_LABEL, ZONE_LOOKUP } from './calls'

const ZONE = /^webservices\d{1,3}$/

/** The database's API host from its zone (`webservices15` → webservices15.autotask.net), never a free URL. */
export function atEndpoints(config: Readonly<Record<string, string>>, env?: RuntimeEnv): Endpoints {
  if ((config.zone ?? '').trim() === 'sandbox') {
    const base = sandboxBase(
      env,
      'autotask',
      'The Autotask sandbox is only available when Seatkeeper runs locally with its simulators; enter your zone.',
    )
    return { baseUrl: `${base}/ATServicesRest/V1.0` }
  }
  if ((config.zone ?? '').trim() === '') {
    throw new Error(
      "Autotask's zone is not known yet: test the connection, which finds it from the API user name.",
    )
  }
  const zone = (config.zone ?? '')
    .trim()
    .toLowerCase()
    .replace(/\.autotask\.net.*$/, '')
    .replace(/^https?:\/\//, '')
  if (!ZONE.test(zone)) {
    throw new Error(
      // Never the value itself: a pasted secret must not come back in an error (docs/api.md).
      'The zone is not an Autotask zone: it looks like webservices15. Test the connection to find it from the API user name.',
    )
  }
  return { baseUrl: `https://${zone}.autotask.net/ATServicesRest/V1.0` }
}

const ZoneSchema = v.object({
  url: v.pipe(v.string(), v.url('must be a URL')),
  zoneName: v.nullish(v.string()),
})

/**
 * Finds the zone of an API user: `GET …/ZoneInformation?user=` (no credentials) → `url` such as
 * "https://webservices15.autotask.net/ATServicesRest/" [C]; the URL has come back with a doubled
 * slash [C, community], so only its host is read, and only an autotask.net webservices host is taken.
 * With `sandbox` (the simulator's base), the lookup is the simulator's and its own host reads as
 * the zone "sandbox".
 */
export async function findAutotaskZone(
  fetch: FetchLike,
  userName: string,
  sandbox?: string,
): Promise<string> {
  const call = 'GET /V1.0/ZoneInformation'
  const site = { distributor: AT_ID, label: AT_LABEL, call }
  if (userName.trim() === '') {
    throw new DistributorError({
      kind: 'auth',
      distributor: AT_ID,
      call,
      message:
        'Autotask finds the zone from the API user name, which is blank. Enter the API user name (an e-mail address).',
    })
  }
  const lookup = sandbox ? `${sandbox}/ATServicesRest/V1.0/ZoneInformation` : ZONE_LOOKUP
  const res = await sendFetch(
    fetch,
    `${lookup}?user=${encodeURIComponent(userName.trim())}`,
    { method: 'GET', headers: { accept: 'application/json' } },
    30_000,
    site,
  )
  if (res.status !== 200) {
    // An unknown or blank user answers 500 [C].
    throw new DistributorError({
      kind: 'auth',
      distributor: AT_ID,
      call,
      status: res.status,
      message: `Autotask does not know the API user "${userName.trim()}" (${res.status}). Check the API user name: it is the resource's user name, an e-mail address.`,
    })
  }
  const info = parseResponse(ZoneSchema, parseJsonBody(res, site), site)
  if (sandbox && new URL(info.url).host === new URL(sandbox).host) return 'sandbox'
  const host = new URL(info.url).hostname.toLowerCase()
  const zone = host.replace(/\.autotask\.net$/, '')
  if (!host.endsWith('.autotask.net') || !ZONE.test(zone)) {
    throw new DistributorError({
      kind: 'contract',
      distributor: AT_ID,
      call,
      field: 'url',
      message: `Autotask named ${host} as the zone's host, which is not an Autotask webservices host.`,
    })
  }
  return zone
}

/**
 * Autotask's discovered setting: the zone of the API user (findAutotaskZone), asked again on every
 * Test Configuration so a database Autotask moved to another zone is followed. The sandbox zone
 * asks the simulator's lookup.
 */
export async function discoverAtSettings(
  fetch: FetchLike,
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Promise<Record<string, string>> {
  const sandbox =
    (config.zone ?? '').trim() === 'sandbox'
      ? sandboxBase(
          env,
          'autotask',
          'The Autotask sandbox is only available when Seatkeeper runs locally with its simulators; enter your zone.',
        )
      : undefined
  return { zone: await findAutotaskZone(fetch, config.userName ?? '', sandbox) }
}
