import {
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  sessionFileSchema,
  type Participant,
  type Session,
} from './session';

/**
 * The session file: how a counselor moves sessions between devices (no server, no account). JSON,
 * indented for a curious reader:
 *
 *     { "format": "masari-session", "version": 1, "checksum": "1a2b3c4d", "sessions": [ … ] }
 *
 * `checksum` is the CRC-32 (IEEE 802.3, as zip and PNG use it), in 8 lower-case hex digits, of the
 * UTF-8 bytes of the sessions written as compact JSON with their keys in the schema's order. A file
 * damaged on the way (truncated, edited by mistake, a character changed by a transfer) is refused
 * as a whole instead of silently storing a student's changed scores; CRC-32 detects every change of
 * up to 32 consecutive bits, so every single changed character. A file edited by hand is refused
 * too: sessions are edited in the app.
 *
 * Import never partially succeeds: it gives every session of the file or none.
 */

/** Largest file text read, in UTF-16 code units (5 MiB); a larger one is refused before parsing. */
export const MAX_SESSION_FILE_LENGTH = 5 * 1024 * 1024;

/**
 * Why a file was refused, in the order the checks run:
 * - `too-large`: more than `MAX_SESSION_FILE_LENGTH` characters, refused without reading it;
 * - `json`: not JSON;
 * - `format`: JSON, but not a session file (no `format: "masari-session"`);
 * - `version`: a session file of a version this app does not read (a newer app wrote it);
 * - `invalid`: a session file whose content breaks the schema (see `at`);
 * - `checksum`: valid in form, but its content is not what was exported.
 */
export type ImportError = 'too-large' | 'json' | 'format' | 'version' | 'invalid' | 'checksum';

/**
 * Where an `invalid` file breaks the schema, as 0-based indices: the session, and the participant
 * when the problem lies in one. Null when the problem is not inside a session (a missing key of
 * the file itself).
 */
export interface InvalidAt {
  session: number;
  participant: number | null;
}

/** Every session of the file, or the reason the whole file is refused. */
export type ImportResult =
  | { ok: true; sessions: Session[] }
  | { ok: false; reason: Exclude<ImportError, 'invalid'> }
  | { ok: false; reason: 'invalid'; at: InvalidAt | null };

/** A participant with its keys in the schema's order: the checksummed form is canonical. */
function canonicalParticipant(participant: Participant): Participant {
  const { R, I, A, S, E, C } = participant.scores;
  return {
    id: participant.id,
    pseudonym: participant.pseudonym,
    scores: { R, I, A, S, E, C },
    source: participant.source,
    schoolLevel: participant.schoolLevel,
    addedAt: participant.addedAt,
  };
}

function canonicalSession(session: Session): Session {
  return {
    id: session.id,
    name: session.name,
    date: session.date,
    notes: session.notes,
    participants: session.participants.map(canonicalParticipant),
  };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE, reflected, polynomial 0xEDB88320) of the UTF-8 bytes of `text`, 8 hex digits. */
export function crc32(text: string): string {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text))
    crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

function checksumOf(sessions: readonly Session[]): string {
  return crc32(JSON.stringify(sessions.map(canonicalSession)));
}

/**
 * Writes sessions as a session file (JSON text, UTF-8 when saved). Precondition: the sessions
 * satisfy `sessionSchema` with unique ids, as the app's stored sessions do; the file then reads
 * back exactly: `importSessionFile(exportSessionFile(s))` is `{ ok: true, sessions: s }`
 * (property-tested). Deterministic: the same sessions give the same text.
 */
export function exportSessionFile(sessions: readonly Session[]): string {
  const canonical = sessions.map(canonicalSession);
  const file = {
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    checksum: crc32(JSON.stringify(canonical)),
    sessions: canonical,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The session and participant an issue's path points into, if any. */
function locate(path: readonly PropertyKey[]): InvalidAt | null {
  const [top, session, inner, participant] = path;
  if (top !== 'sessions' || typeof session !== 'number') return null;
  return {
    session,
    participant: inner === 'participants' && typeof participant === 'number' ? participant : null,
  };
}

/**
 * Reads a session file: every session it holds, or the reason (`ImportError`) it is refused.
 * Never throws, never gives part of a file: one invalid participant refuses the whole file, so the
 * caller can leave what is stored untouched. A byte-order mark at the start is ignored.
 *
 * Invariants (property-tested): export then import gives the same sessions; any single changed,
 * removed or inserted character of an exported file is refused, or gives the same sessions (white
 * space between JSON tokens).
 */
export function importSessionFile(text: string): ImportResult {
  if (text.length > MAX_SESSION_FILE_LENGTH) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!isRecord(value) || value.format !== SESSION_FILE_FORMAT)
    return { ok: false, reason: 'format' };
  if (value.version !== SESSION_FILE_VERSION) return { ok: false, reason: 'version' };
  const parsed = sessionFileSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, reason: 'invalid', at: issue ? locate(issue.path) : null };
  }
  const { sessions, checksum } = parsed.data;
  if (checksum !== checksumOf(sessions)) return { ok: false, reason: 'checksum' };
  return { ok: true, sessions };
}
