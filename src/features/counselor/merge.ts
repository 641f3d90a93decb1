import type { SchoolLevelId } from '@/data/ids';
import type { RiasecProfile } from '@/domain/riasec';
import {
  cleanPseudonym,
  idSchema,
  participantCode,
  pseudonymKey,
  schoolLevelSchema,
  scoresSchema,
  sourceSchema,
  timeSchema,
  type Participant,
  type ParticipantSource,
  type Session,
} from './session';

/**
 * Adding participants to a session without duplicates, whatever way they come: pasted lines (once
 * each has a pseudonym), a scanned code, the shared device, paper scores, or another device's
 * session file (a `Participant` is a `Candidate`).
 *
 * The duplicate rule: two participants are the same when they have the same result, i.e. the same
 * share code (`participantCode`: six scores and school level; the source is not compared, so a code
 * and a link to the same result are one), AND the same pseudonym compared with `pseudonymKey`
 * (NFC, trimmed, case-insensitive). Two students with equal results but different pseudonyms are
 * two participants; the same student added under two pseudonyms is too, since nothing else tells
 * them apart. The participant already in the session (or first in the batch) is kept as it is.
 */

/** A participant to add: what a session keeps of it, without the id the session gives it. */
export interface Candidate {
  /** Cleaned with `cleanPseudonym` on the way in; a candidate without a valid one is skipped. */
  pseudonym: string;
  scores: RiasecProfile;
  source: ParticipantSource;
  schoolLevel: SchoolLevelId | null;
  /** When it was first added (another device's file keeps it); `now` when absent. */
  addedAt?: string;
}

/**
 * Why a candidate was not added: `in-session` (the session already holds the same participant),
 * `in-batch` (an earlier candidate of the same batch is the same participant), `invalid` (no valid
 * pseudonym, scores that are not six whole numbers 0–100, or an unknown school level).
 */
export type SkipReason = 'in-session' | 'in-batch' | 'invalid';

/** What a merge did: the new session, and what was added and skipped. */
export interface MergeResult {
  /** The session with the added participants after its own, in the order of the candidates. */
  session: Session;
  /** The participants added, as stored. */
  added: Participant[];
  /** The candidates not added, by their 0-based index in the batch, in batch order. */
  skipped: { index: number; reason: SkipReason }[];
}

/** What a merge needs from outside, so that it stays pure. */
export interface MergeOptions {
  /**
   * Returns a new participant id (letters, digits, `_`, `-`; 1–64 characters) on each call,
   * unlike every id of the session: `() => crypto.randomUUID()` on screen, a counter in tests.
   * Called once per added participant.
   */
  makeId: () => string;
  /** The time of the merge, ISO 8601 UTC (`new Date().toISOString()`): `addedAt` by default. */
  now: string;
}

/**
 * The identity of a participant for the duplicate rule: their share code and `pseudonymKey`.
 * Invariant: two participants have the same key exactly when the rule makes them one.
 */
export function participantKey(participant: {
  pseudonym: string;
  scores: RiasecProfile;
  schoolLevel: SchoolLevelId | null;
}): string {
  return `${participantCode(participant)}\u0000${pseudonymKey(participant.pseudonym)}`;
}

function validCandidate(candidate: Candidate): boolean {
  return (
    scoresSchema.safeParse(candidate.scores).success &&
    schoolLevelSchema.safeParse(candidate.schoolLevel).success &&
    sourceSchema.safeParse(candidate.source).success &&
    (candidate.addedAt === undefined || timeSchema.safeParse(candidate.addedAt).success)
  );
}

/**
 * Adds `candidates` to `session` without duplicates (see the rule above). Pure: the session given
 * is not changed, ids come from `makeId` and the time from `now`.
 *
 * Invariants (property-tested): every candidate is either added or skipped, once; merging the
 * same candidates again adds nothing (idempotent); the set of participants' keys after a merge
 * does not depend on the order of the candidates; no two participants of the result share a key
 * unless they already did in the session given; a valid session stays valid. Throws an Error
 * when `now` is not an ISO date-time, or `makeId` returns an id that is malformed or already used
 * in the session: programming errors, which would store a participant the session cannot read
 * back.
 */
export function mergeParticipants(
  session: Session,
  candidates: readonly Candidate[],
  { makeId, now }: MergeOptions,
): MergeResult {
  if (!timeSchema.safeParse(now).success) throw new Error(`not an ISO date-time: ${now}`);
  const seen = new Map<string, 'in-session' | 'in-batch'>();
  for (const participant of session.participants)
    seen.set(participantKey(participant), 'in-session');
  const ids = new Set(session.participants.map((participant) => participant.id));
  const added: Participant[] = [];
  const skipped: MergeResult['skipped'] = [];

  candidates.forEach((candidate, index) => {
    const pseudonym = cleanPseudonym(candidate.pseudonym);
    if (pseudonym === null || !validCandidate(candidate)) {
      skipped.push({ index, reason: 'invalid' });
      return;
    }
    const key = participantKey({ ...candidate, pseudonym });
    const already = seen.get(key);
    if (already) {
      skipped.push({ index, reason: already });
      return;
    }
    const id = makeId();
    if (ids.has(id) || !idSchema.safeParse(id).success)
      throw new Error(`makeId returned an id that is malformed or already in use: ${id}`);
    ids.add(id);
    seen.set(key, 'in-batch');
    const { R, I, A, S, E, C } = candidate.scores;
    added.push({
      id,
      pseudonym,
      scores: { R, I, A, S, E, C },
      source: candidate.source,
      schoolLevel: candidate.schoolLevel,
      addedAt: candidate.addedAt ?? now,
    });
  });

  return {
    session: { ...session, participants: [...session.participants, ...added] },
    added,
    skipped,
  };
}
