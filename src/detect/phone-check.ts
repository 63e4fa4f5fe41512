/**
 * Says what kind of telephone number a digit string is, using the full
 * libphonenumber-js metadata (the minimal set only checks lengths, which lets
 * dates and amounts through). German numbers are checked against the
 * library's German numbering plan compiled once; others go through the
 * library itself. Results are memoised: read-backs repeat numbers.
 */
import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Kinds of number, in the order of the score table in rules/phone/phone.yaml. */
export type PhoneKind = 'international' | 'mobile' | 'national' | 'shortNational' | 'unverified' | 'local' | 'none';

/** Fewest / most digits of a national number with its trunk 0 (E.164 allows 15 with country code 49). */
const MIN_NATIONAL = 7;
const MAX_NATIONAL = 14;
/** National numbers this long that the metadata rejects are still kept (one misheard digit). */
const MIN_UNVERIFIED = 9;
/** Digits after the country code prefix of an international number. */
const MIN_INTERNATIONAL = 8;
const MAX_INTERNATIONAL = 15;

/**
 * Parts of libphonenumber's numbering plan that exist at runtime but are
 * missing from its typings.
 */
interface PlanInternals {
  nationalNumberPattern(): string;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** Number types libphonenumber's isValid() accepts (getNumberType). */
const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledType {
  mobile: boolean;
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

/**
 * The German numbering plan's regexes compiled once. libphonenumber builds a
 * RegExp from the metadata on every call (about 35 µs per number); the same
 * checks on precompiled patterns take well under a microsecond. Undefined when
 * the library's internals changed: then every number goes through the library.
 */
function compileGermanPlan(): { national: RegExp; types: CompiledType[] } | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan('DE');
  const plan = metadata.numberingPlan as unknown as Partial<PlanInternals> | undefined;
  if (typeof plan?.nationalNumberPattern !== 'function' || typeof plan.type !== 'function') return undefined;
  const types: CompiledType[] = [];
  for (const name of TYPES) {
    const type = plan.type(name);
    const pattern = type?.pattern();
    if (type && pattern) types.push({ mobile: name === 'MOBILE', pattern: new RegExp(`^(?:${pattern})$`), lengths: type.possibleLengths() });
  }
  return { national: new RegExp(`^(?:${plan.nationalNumberPattern()})$`), types };
}

const GERMAN_PLAN = compileGermanPlan();

/**
 * Type of a German national significant number (without trunk 0 or +49):
 * 'mobile', 'other' (fixed line, toll free ...) or undefined when invalid.
 * Mirrors libphonenumber's getNumberType on the precompiled plan.
 */
function germanType(nsn: string): 'mobile' | 'other' | undefined {
  if (!GERMAN_PLAN) {
    const number = parsePhoneNumberFromString(`+49${nsn}`);
    if (!number?.isValid()) return undefined;
    return number.getType() === 'MOBILE' ? 'mobile' : 'other';
  }
  if (!GERMAN_PLAN.national.test(nsn)) return undefined;
  for (const type of GERMAN_PLAN.types) {
    if ((type.lengths === undefined || type.lengths.includes(nsn.length)) && type.pattern.test(nsn)) {
      return type.mobile ? 'mobile' : 'other';
    }
  }
  return undefined;
}

/** Results of recent classifications: read-backs and comma pieces repeat the same digits. */
const memo = new Map<string, PhoneKind>();
const MEMO_SIZE = 1024;

/**
 * Classifies the digits of a candidate.
 *
 * @param digits - the digits only, e.g. "01712345678" or "491712345678"
 * @param plus - whether a `+` preceded the digits
 * @returns the kind; `local` for a digit string without prefix (needs context to count)
 * @example classifyPhone('01712345678', false) // 'mobile'
 */
export function classifyPhone(digits: string, plus: boolean): PhoneKind {
  const first = digits.charCodeAt(0);
  if (!plus && first !== 48) return 'local';
  const key = plus ? `+${digits}` : digits;
  let kind = memo.get(key);
  if (kind === undefined) {
    kind = plus || digits.startsWith('00') ? classifyInternational(plus ? digits : digits.slice(2)) : classifyNational(digits);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, kind);
  }
  return kind;
}

function classifyInternational(digits: string): PhoneKind {
  // "+49 (0) 30 ..." and "plus vier neun null drei null": the trunk 0 is not dialled.
  const intl = digits.startsWith('490') ? `49${digits.slice(3)}` : digits;
  if (intl.length < MIN_INTERNATIONAL || intl.length > MAX_INTERNATIONAL) return 'none';
  if (intl.startsWith('49') && germanType(intl.slice(2)) !== undefined) return 'international';
  const number = parsePhoneNumberFromString(`+${intl}`);
  if (number?.isValid()) return 'international';
  return number?.isPossible() ? 'unverified' : 'none';
}

function classifyNational(digits: string): PhoneKind {
  const n = digits.length;
  if (n < MIN_NATIONAL || n > MAX_NATIONAL) return 'none';
  const type = germanType(digits.slice(1));
  if (type === 'mobile') return 'mobile';
  if (type === 'other') return n >= 10 ? 'national' : 'shortNational';
  return n >= MIN_UNVERIFIED ? 'unverified' : 'none';
}

/**
 * True when the digit groups of a chain have the shape of a date: d.m.yy(yy)
 * with one or two digits for day and month ("01.03.2024", "1/3/24").
 *
 * @param groupLengths - lengths of the digit groups, in order
 */
export function isDateShape(groupLengths: readonly number[]): boolean {
  if (groupLengths.length !== 3) return false;
  const [d, m, y] = groupLengths;
  return d <= 2 && m <= 2 && (y === 2 || y === 4);
}
