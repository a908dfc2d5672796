// Word lists for plausible MSP customer names; combined they give tens of thousands of names.
export const NAME_WORDS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Proseware', 'Adventure', 'Wingtip',
  'Woodgrove', 'Lucerne', 'Alpine', 'Coho', 'Humongous', 'Margie', 'Trey', 'Fourth', 'Blue',
  'Yarrow', 'Bellows', 'Harbour', 'Summit', 'Redgum', 'Ironbark', 'Wattle', 'Kestrel', 'Osprey',
  'Granite', 'Cedar', 'Maple', 'Juniper', 'Meridian', 'Pinnacle', 'Horizon', 'Beacon', 'Falcon',
  'Sterling', 'Orchard', 'Riverside', 'Lakeside', 'Hillcrest', 'Seaview', 'Eastgate', 'Westfield',
  'Southbank', 'Northgate', 'Kingsway', 'Queensbury', 'Ashford', 'Bramble', 'Clover', 'Dunmore',
  'Elmwood', 'Foxglove', 'Glenmore', 'Hawthorn', 'Inverness', 'Jarrah', 'Kinross', 'Larkspur',
  'Mulberry', 'Nightingale', 'Oakridge', 'Penrose', 'Quarry', 'Rosewood', 'Saffron', 'Thistle',
  'Upland', 'Valley', 'Willow', 'Yellowbox', 'Zephyr', 'Åkesson', 'Müller', 'Šimek', 'Café',
]
export const NAME_TRADES = [
  'Dental', 'Legal', 'Accounting', 'Logistics', 'Engineering', 'Architects', 'Plumbing',
  'Medical', 'Veterinary', 'Consulting', 'Freight', 'Builders', 'Motors', 'Pharmacy', 'Bakery',
  'Electrical', 'Surveyors', 'Studios', 'Partners', 'Holdings', 'Group', 'Trading', 'Foods',
  'Health', 'Energy', 'Property', 'Insurance', 'Finance', 'Media', 'Print', 'Travel', 'Labs',
]
/** Legal suffixes as companies write them; `[formal, informal]` pairs give the register variants. */
export const LEGAL_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['Pty Ltd', 'Pty Limited'],
  ['Ltd', 'Limited'],
  ['Limited', 'Ltd.'],
  ['Inc.', 'Incorporated'],
  ['LLC', 'L.L.C.'],
  ['GmbH', 'GMBH'],
  ['B.V.', 'BV'],
  ['Corp.', 'Corporation'],
  ['PLC', 'plc'],
  ['SAS', 'S.A.S.'],
  ['', ''],
]
export const PRODUCTS = [
  { sku: 'CFQ7TTC0LH18:0001', name: 'Microsoft 365 Business Basic', cost: 5.4, price: 6 },
  { sku: 'CFQ7TTC0LDPB:0001', name: 'Microsoft 365 Business Standard', cost: 11.25, price: 12.5 },
  { sku: 'CFQ7TTC0LCHC:0002', name: 'Microsoft 365 Business Premium', cost: 19.8, price: 22 },
  { sku: 'CFQ7TTC0LF8Q:0001', name: 'Microsoft 365 E3', cost: 32.4, price: 36 },
  { sku: 'CFQ7TTC0LFLZ:0002', name: 'Microsoft 365 E5', cost: 51.3, price: 57 },
  { sku: 'CFQ7TTC0LH0R:0001', name: 'Exchange Online (Plan 1)', cost: 3.6, price: 4 },
  { sku: 'CFQ7TTC0LHSF:0001', name: 'Microsoft Teams Essentials', cost: 3.6, price: 4 },
  { sku: 'CFQ7TTC0LHXM:0001', name: 'Microsoft Defender for Business', cost: 2.7, price: 3 },
  { sku: 'CFQ7TTC0HD33:0002', name: 'Visio Plan 2', cost: 13.5, price: 15 },
  { sku: 'CFQ7TTC0LHWP:0001', name: 'Power BI Pro', cost: 9, price: 10 },
  { sku: 'DZH318Z0BQ3Q:0007', name: 'Azure plan', cost: 0, price: 0 },
  { sku: 'ACR-BKP-500', name: 'Acronis Cyber Protect Cloud 500 GB', cost: 18, price: 25 },
] as const
export const CITIES = [
  { city: 'Sydney', region: 'NSW', postcode: '2000', country: 'AU' },
  { city: 'Melbourne', region: 'VIC', postcode: '3000', country: 'AU' },
  { city: 'Brisbane', region: 'QLD', postcode: '4000', country: 'AU' },
  { city: 'Auckland', region: 'Auckland', postcode: '1010', country: 'NZ' },
  { city: 'London', region: 'Greater London', postcode: 'EC1A 1BB', country: 'GB' },
  { city: 'Manchester', region: 'Greater Manchester', postcode: 'M1 1AE', country: 'GB' },
  { city: 'Paris', region: 'Île-de-France', postcode: '75001', country: 'FR' },
  { city: 'Berlin', region: 'Berlin', postcode: '10115', country: 'DE' },
  { city: 'Amsterdam', region: 'Noord-Holland', postcode: '1012', country: 'NL' },
  { city: 'Toronto', region: 'ON', postcode: 'M5H 2N2', country: 'CA' },
  { city: 'Austin', region: 'TX', postcode: '78701', country: 'US' },
] as const
export const STREETS = ['High St', 'George St', 'King St', 'Queen St', 'Station Rd', 'Market St', 'Church Rd', 'Mill Lane']
