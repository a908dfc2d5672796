/**
 * ALSO runs one marketplace per country, each on its own host, plus a shared test host.
 * Source: docs/distributors.md [C] pitwch/go-also-cloud-wrapper alsocloud/marketplaces.go.
 * The user picks one of these; a URL is never typed in, so credentials only ever go to ALSO.
 */
export const ALSO_MARKETPLACES = [
  { value: 'AT', label: 'Austria (marketplace.also.at)', host: 'https://marketplace.also.at' },
  { value: 'CH', label: 'Switzerland (marketplace.also.ch)', host: 'https://marketplace.also.ch' },
  { value: 'DE', label: 'Germany (marketplace.also.de)', host: 'https://marketplace.also.de' },
  { value: 'DK', label: 'Denmark (marketplace.also.dk)', host: 'https://marketplace.also.dk' },
  { value: 'EE', label: 'Estonia (marketplace.also.ee)', host: 'https://marketplace.also.ee' },
  { value: 'FI', label: 'Finland (marketplace.also.fi)', host: 'https://marketplace.also.fi' },
  {
    value: 'FR',
    label: 'France (marketplace.alsofrance.fr)',
    host: 'https://marketplace.alsofrance.fr',
  },
  { value: 'LT', label: 'Lithuania (marketplace.also.lt)', host: 'https://marketplace.also.lt' },
  {
    value: 'LV',
    label: 'Latvia (marketplace.alsolatvia.lv)',
    host: 'https://marketplace.alsolatvia.lv',
  },
  { value: 'NL', label: 'Netherlands (marketplace.also.nl)', host: 'https://marketplace.also.nl' },
  { value: 'NO', label: 'Norway (marketplace.also.no)', host: 'https://marketplace.also.no' },
  {
    value: 'PL',
    label: 'Poland (marketplace.alsopolska.pl)',
    host: 'https://marketplace.alsopolska.pl',
  },
  { value: 'SE', label: 'Sweden (marketplace.also.se)', host: 'https://marketplace.also.se' },
  { value: 'SI', label: 'Slovenia (marketplace.also.si)', host: 'https://marketplace.also.si' },
  {
    value: 'test',
    label: 'ALSO test marketplace (marketplacetest.ccpaas.net)',
    host: 'https://marketplacetest.ccpaas.net',
  },
] as const

/** Every SimpleAPI operation is `POST <host>/SimpleAPI/SimpleAPIService.svc/rest/<Operation>` [C]. */
export const SIMPLE_API_PREFIX = '/SimpleAPI/SimpleAPIService.svc/rest'
