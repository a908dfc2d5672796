import { addMonths } from '@seatkeeper/core'
import { plantCommitments, WORLD_TODAY } from './plant-commitments'
import { createRandom, type Random } from './random'
import { CITIES, LEGAL_SUFFIXES, NAME_TRADES, NAME_WORDS, PRODUCTS, STREETS } from './words'

export type WorldAddress = {
  line1: string
  line2?: string
  city: string
  region: string
  postcode: string
  country: string
}

/** One end customer of the MSP, as every distributor would know it. */
export type WorldCustomer = {
  /** 1-based sequence number; each simulator turns it into its own id format. */
  seq: number
  /** The legal name the distributor holds. */
  name: string
  /** How the MSP typed the same customer into its own register (sometimes differently). */
  registerName: string
  /** True when `registerName` is exactly `name` (the seed's Generate Mappings would match it). */
  exactInRegister: boolean
  tenantId?: string
  domain: string
  taxId?: string
  address?: WorldAddress
  status: 'active' | 'suspended' | 'deleted'
  /** Dicker Data can only import customers with an assigned CSP tenant. */
  hasCspTenant: boolean
  createdAt: string
}

export type WorldSubscription = {
  seq: number
  customerSeq: number
  /** Stable GUID: the Microsoft subscription id the distributor reports. */
  vendorSubscriptionId: string
  productName: string
  sku: string
  quantity: number
  status: 'active' | 'suspended' | 'cancelled' | 'deleted' | 'pending'
  trial: boolean
  billingCycle: 'monthly' | 'annual'
  termMonths: 1 | 12 | 36
  autoRenew: boolean
  startDate: string
  /** Some distributors give no end date, only the commitment end. */
  endDate?: string
  commitmentEndDate: string
  unitCost: number
  unitPrice: number
  currency: string
}

export type World = {
  seed: number
  /** The day (YYYY-MM-DD, UTC) its renewals, windows and trials are planted around. */
  today: string
  partnerName: string
  currency: string
  customers: WorldCustomer[]
  subscriptions: WorldSubscription[]
}

export type WorldOptions = {
  seed?: number
  customers?: number
  /** Total subscriptions across all customers; defaults to 5 per customer. */
  subscriptions?: number
  currency?: string
  /**
   * The day renewals, cancellation windows and trials are planted around (plant-commitments.ts);
   * WORLD_TODAY unless given. The sandbox server gives the real day, so a new user sees decisions due.
   */
  today?: string
}

const BASE_DATE = Date.UTC(2026, 0, 1)
const DAY = 86_400_000

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function companyName(random: Random, seq: number): { name: string; registerName: string } {
  const first = random.pick(NAME_WORDS)
  const second = random.pick(NAME_TRADES)
  // The sequence number keeps names unique at any scale without looking generated.
  const base =
    seq > NAME_WORDS.length * NAME_TRADES.length
      ? `${first} ${second} ${seq}`
      : `${first} ${second}`
  const [formal, informal] = random.pick(LEGAL_SUFFIXES)
  const name = formal ? `${base} ${formal}` : base
  const variant = random.next()
  let registerName = name
  if (variant < 0.15) registerName = informal ? `${base} ${informal}` : base
  else if (variant < 0.22) registerName = name.toUpperCase()
  else if (variant < 0.27) registerName = `The ${name}`
  else if (variant < 0.3) registerName = base.replace(' ', ' & ')
  else if (variant < 0.33) registerName = base
  return { name, registerName }
}

/**
 * A tax id as the customer's country writes it: an Australian customer gets a real-looking ABN
 * (its two leading digits chosen so the ATO's check-digit rule holds, as every issued ABN does),
 * so suggestions can use it as evidence; elsewhere the 11 digits stand as they are.
 */
export function taxIdFor(country: string | undefined, drawn: number): string {
  const digits = String(drawn)
  if (country !== 'AU') return digits
  const body = digits.slice(2)
  const weights = [3, 5, 7, 9, 11, 13, 15, 17, 19]
  const sum = [...body].reduce((total, d, i) => total + Number(d) * (weights[i] ?? 0), 0)
  // The ABN rule: (first digit − 1) × 10 + second digit + the weighted body is a multiple of 89.
  const lead = (89 - (sum % 89)) % 89
  return `${Math.floor(lead / 10) + 1}${lead % 10}${body}`
}

/**
 * A realistic MSP's book of customers and subscriptions, the same for the same options: the
 * simulators render it in each distributor's shape, the local app seeds its register from it.
 */
export function generateWorld(options: WorldOptions = {}): World {
  const seed = options.seed ?? 1
  const customerCount = options.customers ?? 40
  const subscriptionCount = options.subscriptions ?? customerCount * 5
  const currency = options.currency ?? 'AUD'
  const random = createRandom(seed)
  const usedNames = new Set<string>()

  const customers: WorldCustomer[] = []
  for (let seq = 1; seq <= customerCount; seq++) {
    let names = companyName(random, seq)
    while (usedNames.has(names.name)) names = companyName(random, seq + customerCount * 7)
    usedNames.add(names.name)
    const place = random.pick(CITIES)
    const slug = names.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 24)
    const statusRoll = random.next()
    customers.push({
      seq,
      name: names.name,
      registerName: names.registerName,
      exactInRegister: names.registerName === names.name,
      tenantId: random.chance(0.92) ? random.guid() : undefined,
      domain: `${slug}.${place.country === 'AU' ? 'com.au' : place.country === 'GB' ? 'co.uk' : 'com'}`,
      taxId: random.chance(0.6)
        ? taxIdFor(place.country, random.int(10_000_000_000, 99_999_999_999))
        : undefined,
      address: random.chance(0.85)
        ? {
            line1: `${random.int(1, 400)} ${random.pick(STREETS)}`,
            ...(random.chance(0.2) ? { line2: `Level ${random.int(1, 30)}` } : {}),
            city: place.city,
            region: place.region,
            postcode: place.postcode,
            country: place.country,
          }
        : undefined,
      status: statusRoll < 0.9 ? 'active' : statusRoll < 0.96 ? 'suspended' : 'deleted',
      hasCspTenant: random.chance(0.9),
      createdAt: isoDate(BASE_DATE - random.int(30, 2000) * DAY),
    })
  }

  const subscriptions: WorldSubscription[] = []
  for (let seq = 1; seq <= subscriptionCount; seq++) {
    // The first pass gives every customer one subscription; the rest land at random.
    const customerSeq = seq <= customerCount ? seq : random.int(1, customerCount)
    const product = random.pick(PRODUCTS)
    const annual = random.chance(0.45)
    const termMonths = annual ? (random.chance(0.1) ? 36 : 12) : random.chance(0.5) ? 12 : 1
    const startDate = isoDate(BASE_DATE - random.int(0, 900) * DAY)
    const commitmentEndDate = addMonths(startDate, termMonths)
    const roll = random.next()
    const status: WorldSubscription['status'] =
      roll < 0.8
        ? 'active'
        : roll < 0.86
          ? 'suspended'
          : roll < 0.93
            ? 'cancelled'
            : roll < 0.97
              ? 'deleted'
              : 'pending'
    subscriptions.push({
      seq,
      customerSeq,
      vendorSubscriptionId: random.guid(),
      productName: product.name,
      sku: product.sku,
      quantity: product.cost === 0 ? 1 : random.int(1, 60),
      status,
      trial: random.chance(0.04),
      billingCycle: annual ? 'annual' : 'monthly',
      termMonths,
      autoRenew: random.chance(0.85),
      startDate,
      ...(random.chance(0.7) ? { endDate: commitmentEndDate } : {}),
      commitmentEndDate,
      unitCost: product.cost,
      unitPrice: product.price,
      currency,
    })
  }

  const today = options.today ?? WORLD_TODAY
  plantCommitments(subscriptions, customers, today, seed)
  return {
    seed,
    today,
    partnerName: 'Harbourside IT Pty Ltd',
    currency,
    customers,
    subscriptions,
  }
}
