import { normalizeCodeText } from './digits';
import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from './riasec';

/**
 * Share codes: a short, versioned, checksummed code that carries a result (six scores 0–100 and
 * the school level) and nothing personal, readable aloud and typed back without ambiguity.
 *
 * Layout (13 symbols, shown as `XXXX-XXXX-XXXXX`): 1 version symbol, 9 payload symbols (45 bits:
 * the six scores in base 101, times 16, plus the school level 0–15, 0 = not given), 3 check
 * symbols. Symbols are Crockford's base 32 (no I, L, O, U); on reading, case, spaces and hyphens
 * (and every other dash: en, em, minus sign…) are ignored, O, I, L are read as 0, 1, 1, and
 * Arabic-Indic digits as Western digits (`normalizeCodeText`).
 *
 * The check is Σ value(i) × (i + 1) mod 32749 over version and payload symbols. With a prime
 * modulus above every weight, any single mistyped symbol and any swap of two neighbouring symbols
 * changes it, so such typos are always reported (property-tested).
 */
export const SHARE_CODE_VERSION = 1;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAYLOAD_SYMBOLS = 9;
const CHECK_SYMBOLS = 3;
const CHECK_MODULUS = 32749;
export const SHARE_CODE_LENGTH = 1 + PAYLOAD_SYMBOLS + CHECK_SYMBOLS;
/** School levels 1–15 (0 = not given). */
const LEVEL_SLOTS = 16;

export interface SharedResult {
  scores: RiasecProfile;
  /** 1-based index of the school level in the app's list, or null when not given. */
  schoolLevel: number | null;
}

export type DecodeError = 'empty' | 'length' | 'characters' | 'version' | 'checksum' | 'range';

export type DecodeResult =
  { ok: true; result: SharedResult; code: string } | { ok: false; error: DecodeError };

function symbolsOf(value: number, count: number): string {
  let rest = value;
  let out = '';
  for (let i = 0; i < count; i += 1) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function checkOf(symbols: string): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i += 1)
    sum = (sum + ALPHABET.indexOf(symbols[i] ?? '') * (i + 1)) % CHECK_MODULUS;
  return sum;
}

/** Groups a 13-symbol code as `XXXX-XXXX-XXXXX` for reading aloud and copying. */
export function formatShareCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Encodes a result. Scores are rounded to integers and must lie in 0–100; the school level, when
 * given, in 1–15. Throws a RangeError otherwise: encoding bad data is a programming error.
 * Returns the bare 13 symbols (see `formatShareCode` for display).
 */
export function encodeShareCode({ scores, schoolLevel }: SharedResult): string {
  let value = 0;
  for (const type of RIASEC_TYPES) {
    const score = Math.round(scores[type]);
    if (!(score >= 0 && score <= 100)) throw new RangeError(`score ${type} outside 0–100`);
    value = value * 101 + score;
  }
  const level = schoolLevel ?? 0;
  if (!Number.isInteger(level) || level < 0 || level >= LEVEL_SLOTS)
    throw new RangeError('school level outside 1–15');
  value = value * LEVEL_SLOTS + level;
  const body = symbolsOf(SHARE_CODE_VERSION, 1) + symbolsOf(value, PAYLOAD_SYMBOLS);
  return body + symbolsOf(checkOf(body), CHECK_SYMBOLS);
}

/**
 * Reads what a user typed or a link carried; never throws. The same code written with
 * Arabic-Indic digits or with other dashes decodes to the same result (property-tested).
 */
export function decodeShareCode(input: string): DecodeResult {
  const code = normalizeCodeText(input)
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code === '') return { ok: false, error: 'empty' };
  if (code.length !== SHARE_CODE_LENGTH) return { ok: false, error: 'length' };
  if ([...code].some((symbol) => !ALPHABET.includes(symbol)))
    return { ok: false, error: 'characters' };
  if (ALPHABET.indexOf(code[0] ?? '') !== SHARE_CODE_VERSION)
    return { ok: false, error: 'version' };
  const body = code.slice(0, 1 + PAYLOAD_SYMBOLS);
  let check = 0;
  for (const symbol of code.slice(1 + PAYLOAD_SYMBOLS))
    check = check * 32 + ALPHABET.indexOf(symbol);
  if (check !== checkOf(body)) return { ok: false, error: 'checksum' };

  let value = 0;
  for (const symbol of body.slice(1)) value = value * 32 + ALPHABET.indexOf(symbol);
  const level = value % LEVEL_SLOTS;
  let rest = Math.floor(value / LEVEL_SLOTS);
  const scores = {} as Record<RiasecType, number>;
  for (const type of [...RIASEC_TYPES].reverse()) {
    scores[type] = rest % 101;
    rest = Math.floor(rest / 101);
  }
  // A payload beyond the six scores cannot come from encodeShareCode.
  if (rest !== 0) return { ok: false, error: 'range' };
  return { ok: true, result: { scores, schoolLevel: level === 0 ? null : level }, code };
}
