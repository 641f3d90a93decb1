import { levels } from '@/data/levels';
import { RIASEC_TYPES } from '@/domain/riasec';

/**
 * The domain's invariants, written out again for the fuzzing properties: what a decoder accepts is
 * checked here, never with the decoder's own schema. Each function returns what is wrong with a
 * value (an empty list when nothing is), so that a failing property says what and where.
 */

/** The school levels of the dataset (levels.json). */
export const DATASET_SCHOOL_LEVELS: readonly string[] = levels.schoolLevels.map(
  (level) => level.id,
);

const SOURCES: readonly unknown[] = ['quick', 'full', 'typed', 'code'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with the keys of `value`, which must be exactly `keys`. */
export function keyProblems(value: Record<string, unknown>, keys: readonly string[]): string[] {
  const have = Object.keys(value).sort().join(',');
  const want = [...keys].sort().join(',');
  return have === want ? [] : [`keys ${have}, not ${want}`];
}

/** Six whole numbers 0–100 (not −0), one per type, nothing else. */
export function profileProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['scores: not an object'];
  const problems = keyProblems(value, RIASEC_TYPES);
  for (const type of RIASEC_TYPES) {
    const score = value[type];
    if (!(
      typeof score === 'number' &&
      Number.isInteger(score) &&
      !Object.is(score, -0) &&
      score >= 0 &&
      score <= 100
    ))
      problems.push(`score ${type}: ${String(score)}`);
  }
  return problems;
}

/** One line of text as stored: trimmed, no control character, 1 to `max` code points. */
export function labelProblems(value: unknown, max: number, what: string): string[] {
  if (typeof value !== 'string') return [`${what}: not text`];
  const problems: string[] = [];
  if (value !== value.trim()) problems.push(`${what}: not trimmed`);
  if (/\p{Cc}/u.test(value)) problems.push(`${what}: control character`);
  const length = [...value].length;
  if (length < 1 || length > max) problems.push(`${what}: ${length} characters`);
  return problems;
}

/** A real day of the calendar, `YYYY-MM-DD`, as `Date` counts days. */
export function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A moment in UTC as `toISOString` writes it, seconds and fractions optional, on a real day. */
export function isUtcMoment(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z$/.exec(value);
  if (!match) return false;
  const [, day, hours, minutes, seconds = '0'] = match;
  return isCalendarDay(day) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;
}

/** A participant of a session, as the counselor's store keeps it. */
export function participantProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['participant: not an object'];
  const problems = keyProblems(value, [
    'id',
    'pseudonym',
    'scores',
    'source',
    'schoolLevel',
    'addedAt',
  ]);
  if (typeof value.id !== 'string' || !ID.test(value.id)) problems.push(`id ${String(value.id)}`);
  problems.push(...labelProblems(value.pseudonym, 60, 'pseudonym'));
  problems.push(...profileProblems(value.scores));
  if (!SOURCES.includes(value.source)) problems.push(`source ${String(value.source)}`);
  if (value.schoolLevel !== null && !DATASET_SCHOOL_LEVELS.includes(value.schoolLevel as string))
    problems.push(`school level ${String(value.schoolLevel)}`);
  if (!isUtcMoment(value.addedAt)) problems.push(`added at ${String(value.addedAt)}`);
  return problems;
}

/** A session: its fields, and participants each valid, with unique ids. */
export function sessionProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['session: not an object'];
  const problems = keyProblems(value, ['id', 'name', 'date', 'notes', 'participants']);
  if (typeof value.id !== 'string' || !ID.test(value.id)) problems.push(`id ${String(value.id)}`);
  problems.push(...labelProblems(value.name, 120, 'name'));
  if (!isCalendarDay(value.date)) problems.push(`date ${String(value.date)}`);
  if (typeof value.notes !== 'string' || [...value.notes].length > 20_000) problems.push('notes');
  if (!Array.isArray(value.participants)) return [...problems, 'participants: not a list'];
  problems.push(...value.participants.flatMap(participantProblems));
  problems.push(...uniqueIdProblems(value.participants, 'participant'));
  return problems;
}

/** Items whose ids repeat. */
export function uniqueIdProblems(items: readonly unknown[], what: string): string[] {
  const ids = items.map((item) => (isRecord(item) ? item.id : undefined));
  return new Set(ids).size === ids.length ? [] : [`${what} ids repeat`];
}

/** A list of sessions with unique ids, each valid. */
export function sessionListProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['sessions: not a list'];
  return [...value.flatMap(sessionProblems), ...uniqueIdProblems(value, 'session')];
}
