import { z } from 'zod/mini';
import { SCHOOL_LEVEL_IDS, slotOfSchoolLevel, type SchoolLevelId } from '@/data/ids';
import type { ScoreSource } from '@/domain/precision';
import type { RiasecProfile } from '@/domain/riasec';
import { encodeShareCode } from '@/domain/share-code';

/**
 * A counselor's session: a named, dated group of participants and the counselor's notes, kept on
 * the counselor's device only. The zod schemas below are the source of the types; they validate
 * what is read back from storage or from a session file (`session-file.ts`).
 *
 * zod/mini, as in `src/lib/quiz/quiz-store.ts`: its core is shared with the first screen, so few of
 * its features are used here.
 */

/**
 * Where a participant's six scores come from: the quick or the full form taken on this device,
 * six scores typed in (a paper questionnaire, a `riasec=` link), or a share code, whose form is
 * unknown.
 */
export const PARTICIPANT_SOURCES = ['quick', 'full', 'typed', 'code'] as const;
/** One of `PARTICIPANT_SOURCES`. */
export type ParticipantSource = (typeof PARTICIPANT_SOURCES)[number];

/**
 * The precision a participant's scores are read with. A share code does not say which form it came
 * from, so it is read with the quick form's wider error, exactly as the results screen reads it
 * (`scoreSource` in src/features/results/results-page.tsx): a participant's profile code in the
 * session is the one they saw. Invariant: the identity on `quick`, `full` and `typed`.
 */
export function precisionSource(source: ParticipantSource): ScoreSource {
  return source === 'code' ? 'quick' : source;
}

/** Longest pseudonym, in characters (Unicode code points). */
export const PSEUDONYM_MAX = 60;
/** Longest session name, in characters (Unicode code points). */
export const SESSION_NAME_MAX = 120;
/** Longest notes of a session, in characters (Unicode code points). */
export const NOTES_MAX = 20_000;
/** Longest id (sessions and participants), in characters. */
export const ID_MAX = 64;

/** Control characters (tab, line breaks…): a pseudonym or a session name is one line of text. */
const CONTROL = /\p{Cc}/u;

const codePoints = (text: string) => [...text].length;

/**
 * A one-line label as stored: no surrounding white space, no control character, 1 to `max`
 * code points.
 */
const label = (max: number) =>
  z.string().check(
    z.refine((text) => text === text.trim(), 'not trimmed'),
    z.refine((text) => !CONTROL.test(text), 'control character'),
    z.refine((text) => {
      const length = codePoints(text);
      return length >= 1 && length <= max;
    }, 'length'),
  );

/**
 * A pseudonym, or any name the participant chose: never required to be a real name. Returns the
 * text as stored (surrounding white space removed, Unicode NFC), or null when it cannot be one:
 * empty once trimmed, longer than `PSEUDONYM_MAX` code points, or holding a control character
 * (a tab, a line break).
 *
 * Invariants: idempotent (`cleanPseudonym(cleanPseudonym(x)) === cleanPseudonym(x)` when not
 * null); a non-null result satisfies `participantSchema`'s pseudonym rule.
 */
export function cleanPseudonym(text: string): string | null {
  const clean = text.normalize('NFC').trim();
  const length = codePoints(clean);
  return length >= 1 && length <= PSEUDONYM_MAX && !CONTROL.test(clean) ? clean : null;
}

/**
 * The key under which two pseudonyms are the same participant's: NFC, trimmed, lower case
 * (locale-independent). "Amina", " amina " and "AMINA" share one key; Arabic text is only
 * normalised (it has no case). Invariant: idempotent.
 */
export function pseudonymKey(pseudonym: string): string {
  return pseudonym.normalize('NFC').trim().toLowerCase();
}

/** Session and participant ids: letters, digits, `_` and `-` (a UUID fits), 1–64 characters. */
export const idSchema = z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_-]{1,${ID_MAX}}$`)));

/**
 * A score as share codes carry it: a whole number 0–100. `-0` is refused, so that what is read is
 * exactly what `JSON.stringify` writes.
 */
const scoreSchema = z
  .number()
  .check(
    z.refine(
      (score) => Number.isInteger(score) && score >= 0 && score <= 100 && !Object.is(score, -0),
      'score',
    ),
  );

/** Six whole-number scores 0–100, one per type: a `RiasecProfile`. */
export const scoresSchema = z.strictObject({
  R: scoreSchema,
  I: scoreSchema,
  A: scoreSchema,
  S: scoreSchema,
  E: scoreSchema,
  C: scoreSchema,
});

/** One of `SCHOOL_LEVEL_IDS`, or null when the participant's school level is not known. */
export const schoolLevelSchema = z.nullable(z.enum(SCHOOL_LEVEL_IDS));

/** One of `PARTICIPANT_SOURCES`. */
export const sourceSchema = z.enum(PARTICIPANT_SOURCES);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MOMENT = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z$/;

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-29 is not one). */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A moment in UTC as ISO 8601 writes it (`Date.prototype.toISOString`'s form; seconds and their
 * fractions optional), on a real calendar day.
 */
export function isIsoMoment(text: string): boolean {
  const match = ISO_MOMENT.exec(text);
  return match !== null && isCalendarDay(match[1] ?? '');
}

/*
 * Dates, times and whole numbers are checked by refinements rather than by zod's formats: zod's
 * core ships with the first screen (the persisted stores validate with it when the app starts),
 * and every format used anywhere in the app would be fetched by the home page (ADR 0003).
 */

/** A moment, as `Date.prototype.toISOString` writes it (UTC, `Z`). */
export const timeSchema = z.string().check(z.refine(isIsoMoment, 'not an ISO date-time'));

/**
 * One participant of a session.
 *
 * - `id`: unique within its session (see `sessionSchema`);
 * - `pseudonym`: as `cleanPseudonym` returns it, except that NFC is not required of a file;
 * - `scores`: the six scores, whole numbers 0–100;
 * - `source`: see `ParticipantSource`;
 * - `schoolLevel`: a school level id, or null when unknown (rankings then count every level);
 * - `addedAt`: when the participant was added, an ISO 8601 UTC date-time (`toISOString()`).
 */
export const participantSchema = z.strictObject({
  id: idSchema,
  pseudonym: label(PSEUDONYM_MAX),
  scores: scoresSchema,
  source: sourceSchema,
  schoolLevel: schoolLevelSchema,
  addedAt: timeSchema,
});
/** A participant as stored: see `participantSchema` for what each field holds. */
export type Participant = z.infer<typeof participantSchema>;

/** No two items with the same id. */
const uniqueIds = <T extends { id: string }>() =>
  z.refine<T[]>(
    (items) => new Set(items.map((item) => item.id)).size === items.length,
    'duplicate id',
  );

/**
 * A session: `id` (unique among the sessions of a file or a store), `name` (one line, 1–120
 * characters, not required to be unique), `date` (the day of the session, ISO `YYYY-MM-DD`, a
 * real calendar day), `notes` (the counselor's free text, line breaks allowed, at most
 * `NOTES_MAX` characters) and `participants` (in the order they were added; ids unique within
 * the session; no limit on their number besides the session file's size).
 */
export const sessionSchema = z.strictObject({
  id: idSchema,
  name: label(SESSION_NAME_MAX),
  date: z.string().check(z.refine(isCalendarDay, 'not a calendar day')),
  notes: z.string().check(z.refine((text) => codePoints(text) <= NOTES_MAX, 'too long')),
  participants: z.array(participantSchema).check(uniqueIds<Participant>()),
});
/** A session as stored: see `sessionSchema` for what each field holds. */
export type Session = z.infer<typeof sessionSchema>;

/** A list of sessions whose ids are unique. */
export const sessionListSchema = z.array(sessionSchema).check(uniqueIds<Session>());

/** The `format` of a session file, so that another JSON file is recognised as not being one. */
export const SESSION_FILE_FORMAT = 'masari-session';
/** The only version of the session file so far; a later one gets a migration. */
export const SESSION_FILE_VERSION = 1;

/**
 * A session file (export/import between devices): the format, its version, a checksum of the
 * sessions (`session-file.ts`) and the sessions.
 */
export const sessionFileSchema = z.strictObject({
  format: z.literal(SESSION_FILE_FORMAT),
  version: z.literal(SESSION_FILE_VERSION),
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  sessions: sessionListSchema,
});
/** A session file once parsed: see `sessionFileSchema`. */
export type SessionFile = z.infer<typeof sessionFileSchema>;

/**
 * The share code (13 bare symbols, see `formatShareCode`) that carries a participant's result:
 * their six scores and school level, as the results screen would show it. Two participants with
 * the same code have the same result. Throws a RangeError for scores outside 0–100, which a valid
 * participant never has.
 */
export function participantCode(result: {
  scores: RiasecProfile;
  schoolLevel: SchoolLevelId | null;
}): string {
  return encodeShareCode({
    scores: result.scores,
    schoolLevel: slotOfSchoolLevel(result.schoolLevel),
  });
}
