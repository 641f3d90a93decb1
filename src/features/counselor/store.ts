import { z } from 'zod/mini';
import { SCHOOL_LEVEL_IDS, type SchoolLevelId } from '@/data/ids';
import { QUIZ_MODES, type QuizMode } from '@/lib/quiz/quiz-store';
import { createPersistedStore } from '@/lib/store/persisted';
import { mergeParticipants, type Candidate, type MergeResult } from './merge';
import {
  cleanPseudonym,
  idSchema,
  participantSchema,
  SESSION_NAME_MAX,
  sessionListSchema,
  type Session,
} from './session';

/**
 * The counselor's sessions, on this device only (localStorage through the safe storage: a session
 * of 300 participants takes about 51 kB, see ADR 0006), and the shared-device turn in progress.
 * The participant's answers during a turn live in the turn's own questionnaire store
 * (`useTurnQuizStore`); the turn here only says whose turn it is.
 */

/**
 * A shared-device turn: the session it adds to, and the participant's pseudonym, school level and
 * form once they gave them (`pseudonym` null: the next participant has not started yet).
 */
export interface Turn {
  sessionId: string;
  pseudonym: string | null;
  schoolLevel: SchoolLevelId | null;
  mode: QuizMode | null;
}

export interface PersistedCounselor {
  /** Newest first. */
  sessions: Session[];
  turn: Turn | null;
}

/** What merging a session file into this device's sessions did. */
export interface ImportOutcome {
  /** Sessions of the file that this device did not have. */
  sessionsAdded: number;
  /** Participants added, in new and in existing sessions. */
  participantsAdded: number;
  /** Participants of the file already on this device (same code and pseudonym). */
  duplicates: number;
}

export interface CounselorState extends PersistedCounselor {
  /** Creates a session and returns its id. The name is trimmed and cut to 120 characters. */
  createSession(fields: { name: string; date: string }): string;
  updateSession(id: string, fields: Partial<Pick<Session, 'name' | 'date' | 'notes'>>): void;
  deleteSession(id: string): void;
  deleteEverything(): void;
  /** Adds participants to a session without duplicates; null when the session does not exist. */
  addParticipants(sessionId: string, candidates: readonly Candidate[]): MergeResult | null;
  removeParticipant(sessionId: string, participantId: string): void;
  /**
   * Merges the sessions of a file: a session this device has (same id) gets the participants it
   * lacks, another one is added whole.
   */
  importSessions(sessions: readonly Session[]): ImportOutcome;
  /** Merges every participant of the file's sessions into one session of this device. */
  importInto(sessionId: string, sessions: readonly Session[]): MergeResult | null;
  startTurn(sessionId: string): void;
  /** The participant of the turn says who they are and which form they take. */
  beginTurn(fields: { pseudonym: string; schoolLevel: SchoolLevelId | null; mode: QuizMode }): void;
  /** Ready for the next participant: the turn's participant is forgotten (not their result). */
  clearTurn(): void;
  endTurn(): void;
}

export const COUNSELOR_VERSION = 1;

export const counselorDefaults: PersistedCounselor = { sessions: [], turn: null };

const turnSchema = z.strictObject({
  sessionId: idSchema,
  // As `beginTurn` stores it: a pseudonym a participant of the session may have, or none yet.
  pseudonym: z.nullable(participantSchema.shape.pseudonym),
  schoolLevel: z.nullable(z.enum(SCHOOL_LEVEL_IDS)),
  mode: z.nullable(z.enum(QUIZ_MODES)),
});

export const counselorSchema = z.strictObject({
  sessions: sessionListSchema,
  turn: z.nullable(turnSchema),
});

/**
 * A random id of 16 letters and digits (about 95 bits). `crypto.getRandomValues` rather than `randomUUID`: the
 * latter exists only on https pages, and a school may serve the app over plain http on its network.
 */
export function makeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A session name as stored: one line, trimmed, 1–120 characters; null when nothing is left. */
export function cleanSessionName(text: string): string | null {
  const line = text.replace(/\p{Cc}+/gu, ' ').trim();
  const cut = [...line].slice(0, SESSION_NAME_MAX).join('').trim();
  return cut.length > 0 ? cut : null;
}

/** The participants of a file's sessions as candidates, keeping when they were first added. */
function candidatesOf(session: Session): Candidate[] {
  return session.participants.map(({ pseudonym, scores, source, schoolLevel, addedAt }) => ({
    pseudonym,
    scores,
    source,
    schoolLevel,
    addedAt,
  }));
}

export const useCounselorStore = createPersistedStore<CounselorState, PersistedCounselor>(
  {
    name: 'counselor',
    version: COUNSELOR_VERSION,
    defaults: counselorDefaults,
    schema: counselorSchema,
    partialize: ({ sessions, turn }) => ({ sessions, turn }),
    migrations: {},
  },
  (set, get) => {
    const replace = (session: Session) =>
      set((state) => ({
        sessions: state.sessions.map((other) => (other.id === session.id ? session : other)),
      }));
    const merge = (session: Session, candidates: readonly Candidate[]) =>
      mergeParticipants(session, candidates, { makeId, now: new Date().toISOString() });

    return {
      ...counselorDefaults,
      createSession: ({ name, date }) => {
        const id = makeId();
        const session: Session = {
          id,
          name: cleanSessionName(name) ?? date,
          date,
          notes: '',
          participants: [],
        };
        set((state) => ({ sessions: [session, ...state.sessions] }));
        return id;
      },
      updateSession: (id, fields) => {
        const session = get().sessions.find((other) => other.id === id);
        if (!session) return;
        const name = fields.name === undefined ? session.name : cleanSessionName(fields.name);
        replace({ ...session, ...fields, name: name ?? session.name });
      },
      deleteSession: (id) =>
        set((state) => ({
          sessions: state.sessions.filter((session) => session.id !== id),
          turn: state.turn?.sessionId === id ? null : state.turn,
        })),
      deleteEverything: () => set({ ...counselorDefaults }),
      addParticipants: (sessionId, candidates) => {
        const session = get().sessions.find((other) => other.id === sessionId);
        if (!session) return null;
        const result = merge(session, candidates);
        if (result.added.length > 0) replace(result.session);
        return result;
      },
      removeParticipant: (sessionId, participantId) => {
        const session = get().sessions.find((other) => other.id === sessionId);
        if (!session) return;
        replace({
          ...session,
          participants: session.participants.filter((p) => p.id !== participantId),
        });
      },
      importSessions: (incoming) => {
        const outcome: ImportOutcome = { sessionsAdded: 0, participantsAdded: 0, duplicates: 0 };
        let sessions = get().sessions;
        for (const session of incoming) {
          const existing = sessions.find((other) => other.id === session.id);
          if (!existing) {
            sessions = [session, ...sessions];
            outcome.sessionsAdded += 1;
            outcome.participantsAdded += session.participants.length;
            continue;
          }
          const result = merge(existing, candidatesOf(session));
          outcome.participantsAdded += result.added.length;
          outcome.duplicates += result.skipped.length;
          const notes = existing.notes === '' ? session.notes : existing.notes;
          sessions = sessions.map((other) =>
            other.id === existing.id ? { ...result.session, notes } : other,
          );
        }
        set({ sessions });
        return outcome;
      },
      importInto: (sessionId, incoming) =>
        get().addParticipants(sessionId, incoming.flatMap(candidatesOf)),
      startTurn: (sessionId) =>
        set({ turn: { sessionId, pseudonym: null, schoolLevel: null, mode: null } }),
      beginTurn: ({ pseudonym, schoolLevel, mode }) =>
        set((state) =>
          state.turn
            ? {
                turn: {
                  ...state.turn,
                  pseudonym: cleanPseudonym(pseudonym) ?? state.turn.pseudonym,
                  schoolLevel,
                  mode,
                },
              }
            : state,
        ),
      clearTurn: () =>
        set((state) =>
          state.turn
            ? {
                turn: {
                  sessionId: state.turn.sessionId,
                  pseudonym: null,
                  schoolLevel: null,
                  mode: null,
                },
              }
            : state,
        ),
      endTurn: () => set({ turn: null }),
    };
  },
);

/** The session with this id, or undefined. */
export function selectSession(id: string | null) {
  return (state: CounselorState): Session | undefined =>
    id === null ? undefined : state.sessions.find((session) => session.id === id);
}
