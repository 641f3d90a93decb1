import { isSchoolLevelId, schoolLevelOfSlot, type SchoolLevelId } from '@/data/ids';
import { parseRiasecList, type RiasecProfile } from '@/domain/riasec';
import { decodeShareCode, type DecodeError } from '@/domain/share-code';
import { cleanPseudonym } from './session';

/**
 * Reads what a counselor pastes: share codes or result links, one per line, each optionally
 * preceded by a pseudonym.
 *
 * A line is `[pseudonym SEPARATOR] target`:
 * - the target is a share code (`1ABC-DEFG-HJKMN`, in any digits and dashes: the decoder
 *   normalises them) or a result link (any text holding `#/results?`, with `code=` or `riasec=`
 *   and, with `riasec=`, an optional `level=`);
 * - the separator is a tab (a row copied from a spreadsheet), `;`, `,`, or their Arabic forms `؛`
 *   and `،`. The LAST separator of the line that comes before the link's query (or anywhere, for a
 *   code) splits it: a share code never holds a separator, nor does a link before its `?`, so
 *   everything before it is the pseudonym, even one holding a comma ("Benali, Amina; 1ABC-…").
 *   This makes the split unambiguous.
 * - Without a separator, the whole line is the target. A pseudonym separated by spaces only
 *   ("Amina 1ABC DEFG HJKMN") is not recognised: codes may be typed with spaces, and O, I, L read
 *   as 0, 1, 1, so a name's letters could be symbols of a code. Such a line fails as a code, and
 *   its error says so; pseudonyms can also be given later, on the screen.
 * - An empty pseudonym (a line starting with a separator) counts as none.
 *
 * A link means what it means on the results page: a valid `code=` wins, else a valid `riasec=`
 * (read as typed scores, with `level=` when given); `level=` is ignored beside a code, which
 * carries its own school level.
 */

/** Longest line read, in UTF-16 code units; a longer one is refused before any other work. */
export const MAX_LINE_LENGTH = 2000;

/**
 * Why a line gives no participant:
 * - `too-long`: over `MAX_LINE_LENGTH` characters;
 * - `empty-code`: no code on the line (a pseudonym followed by nothing, a link with neither
 *   `code=` nor `riasec=`, or a code made of nothing but dashes and spaces);
 * - `length`, `characters`, `version`, `checksum`, `range`: the share code's `DecodeError`
 *   (`range` also for a school level slot that names no level of the app's list);
 * - `bad-riasec`: a link's `riasec=` is not six whole numbers 0–100;
 * - `bad-level`: a link's `level=` is not a school level id;
 * - `bad-pseudonym`: the pseudonym is longer than 60 characters or holds a control character.
 */
export type LineError =
  | 'too-long'
  | 'empty-code'
  | Exclude<DecodeError, 'empty'>
  | 'bad-riasec'
  | 'bad-level'
  | 'bad-pseudonym';

/** A participant read from a line, before it joins a session (see `merge.ts`). */
export interface ParsedEntry {
  /** The line it was read from, 1-based. */
  line: number;
  /** The pseudonym given on the line (`cleanPseudonym`), or null: it is then asked on screen. */
  pseudonym: string | null;
  scores: RiasecProfile;
  /** `code` for a share code (form unknown), `typed` for six scores from a `riasec=` link. */
  source: 'code' | 'typed';
  schoolLevel: SchoolLevelId | null;
}

/** A line that gives no participant, and why. */
export interface LineProblem {
  /** 1-based. */
  line: number;
  reason: LineError;
}

/** What pasted text gives: every non-blank line is in exactly one of the two lists. */
export interface ParsedLines {
  /** In line order. */
  participants: ParsedEntry[];
  /** In line order. */
  errors: LineProblem[];
}

const LINK_MARK = '#/results?';
const SEPARATOR = /[\t;,\u061B\u060C]/;
/** White space, the byte-order mark and invisible direction marks: what a blank line may hold. */
const BLANK = /^[\s\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]*$/;

type Target =
  | { ok: true; scores: RiasecProfile; source: 'code' | 'typed'; schoolLevel: SchoolLevelId | null }
  | { ok: false; reason: LineError };

function readCode(text: string): Target {
  const decoded = decodeShareCode(text);
  if (!decoded.ok)
    return { ok: false, reason: decoded.error === 'empty' ? 'empty-code' : decoded.error };
  const schoolLevel = schoolLevelOfSlot(decoded.result.schoolLevel);
  if (schoolLevel === undefined) return { ok: false, reason: 'range' };
  return { ok: true, scores: decoded.result.scores, source: 'code', schoolLevel };
}

function readLink(query: string): Target {
  const params = new URLSearchParams(query);
  const code = params.get('code');
  const riasec = params.get('riasec');
  const fromCode = code === null ? null : readCode(code);
  if (fromCode?.ok) return fromCode;
  if (riasec !== null) {
    const scores = parseRiasecList(riasec);
    if (scores) {
      const level = params.get('level');
      if (level === null || level === '')
        return { ok: true, scores, source: 'typed', schoolLevel: null };
      return isSchoolLevelId(level)
        ? { ok: true, scores, source: 'typed', schoolLevel: level }
        : { ok: false, reason: 'bad-level' };
    }
    // A broken code beside a broken riasec: the code's reason, as the results page shows it.
    if (!fromCode) return { ok: false, reason: 'bad-riasec' };
  }
  return fromCode ?? { ok: false, reason: 'empty-code' };
}

/** What one line gives: a participant (without its line number) or the reason it gives none. */
export type LineResult =
  { ok: true; entry: Omit<ParsedEntry, 'line'> } | { ok: false; reason: LineError };

/**
 * Reads one line (without its line break), as `parseLines` does: also what a QR code or a single
 * text field gives. Null for a blank line (white space and invisible marks only). Never throws;
 * a line over `MAX_LINE_LENGTH` is refused before it is read.
 */
export function parseLine(text: string): LineResult | null {
  if (text.length > MAX_LINE_LENGTH) return { ok: false, reason: 'too-long' };
  if (BLANK.test(text)) return null;
  const mark = text.indexOf(LINK_MARK);
  const head = mark < 0 ? text : text.slice(0, mark);
  let split = -1;
  for (let i = head.length - 1; i >= 0; i -= 1) {
    if (SEPARATOR.test(head[i] ?? '')) {
      split = i;
      break;
    }
  }
  const before = split < 0 ? '' : text.slice(0, split);
  const target = split < 0 ? text : text.slice(split + 1);

  let pseudonym: string | null = null;
  if (before.trim() !== '') {
    pseudonym = cleanPseudonym(before);
    if (pseudonym === null) return { ok: false, reason: 'bad-pseudonym' };
  }
  const at = target.indexOf(LINK_MARK);
  const read = at < 0 ? readCode(target) : readLink(target.slice(at + LINK_MARK.length).trim());
  if (!read.ok) return read;
  const { scores, source, schoolLevel } = read;
  return { ok: true, entry: { pseudonym, scores, source, schoolLevel } };
}

/**
 * Reads pasted text, one share code or result link per line (lines end with LF, CRLF or CR);
 * blank lines are skipped. Every line gives a participant or an error with its 1-based line
 * number, never both; nothing is deduplicated here (`merge.ts` does it).
 *
 * Invariants (property-tested): never throws; every non-blank line is in exactly one of the two
 * lists; any valid share code, in Western, Arabic-Indic or Eastern Arabic-Indic digits and any
 * dashes, alone or as a link, gives its own scores and school level.
 */
export function parseLines(text: string): ParsedLines {
  const participants: ParsedEntry[] = [];
  const errors: LineProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    const line = index + 1;
    const read = parseLine(content);
    if (read === null) return;
    if (!read.ok) {
      errors.push({ line, reason: read.reason });
      return;
    }
    participants.push({ line, ...read.entry });
  });
  return { participants, errors };
}
