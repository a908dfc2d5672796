/*
 * How people shorten and spell out the words of company names, per language, so that "Mt Eden
 * Dental" meets "Mount Eden Dental" and "3 Rivers" meets "Three Rivers". Each entry maps a written
 * form (lower case, accents folded) to the one form names are compared on.
 *
 * All languages apply to every name: a register in Switzerland holds German, French and Italian
 * names side by side, and the customer's country says little about the language of its name.
 * So an entry must not be an ordinary word in another language of the table: "st" is Street
 * or Saint, "co" is Company or Colorado, "un"/"ein" are articles — those are left out.
 */

const ABBREVIATIONS: Record<string, Record<string, string>> = {
  en: {
    mt: 'mount',
    intl: 'international',
    svcs: 'services',
    svc: 'services',
    srvcs: 'services',
    mgmt: 'management',
    mgt: 'management',
    hldgs: 'holdings',
    hldg: 'holdings',
    grp: 'group',
    bros: 'brothers',
    assoc: 'associates',
    assocs: 'associates',
    ctr: 'centre',
    cntr: 'centre',
    center: 'centre',
    natl: 'national',
    mfg: 'manufacturing',
    engg: 'engineering',
    acctg: 'accounting',
    acct: 'accounting',
    constr: 'construction',
    dist: 'distribution',
    distrib: 'distribution',
    elec: 'electrical',
    tech: 'technology',
    technologies: 'technology',
    sys: 'systems',
    solns: 'solutions',
    props: 'properties',
    dev: 'development',
    med: 'medical',
    aust: 'australia',
  },
  de: {
    ges: 'gesellschaft',
    gebr: 'gebrueder',
    ing: 'ingenieur',
    dr: 'doktor',
  },
  fr: {
    ste: 'sainte',
    cie: 'compagnie',
    ets: 'etablissements',
    intl: 'international',
  },
  nl: {
    gebrs: 'gebroeders',
    gebroeders: 'gebroeders',
    mij: 'maatschappij',
  },
}

// Number words and the digits they are compared as; ordinals too ("First Street Dental").
const NUMBER_WORDS: Record<string, Record<string, string>> = {
  en: {
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    hundred: '100',
    first: '1st',
    second: '2nd',
    third: '3rd',
  },
  de: {
    zwei: '2',
    drei: '3',
    vier: '4',
    fuenf: '5',
    funf: '5',
    sechs: '6',
    sieben: '7',
    acht: '8',
    zehn: '10',
  },
  fr: {
    deux: '2',
    trois: '3',
    quatre: '4',
    cinq: '5',
    six: '6',
    huit: '8',
    dix: '10',
    cent: '100',
  },
  nl: { twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', tien: '10' },
}

const CANONICAL: ReadonlyMap<string, string> = new Map(
  [...Object.values(ABBREVIATIONS), ...Object.values(NUMBER_WORDS)].flatMap((table) =>
    Object.entries(table),
  ),
)

/** The form a name word is compared on: "mt" → "mount", "three" → "3"; other words unchanged. */
export function canonicalWord(word: string): string {
  return CANONICAL.get(word) ?? word
}
