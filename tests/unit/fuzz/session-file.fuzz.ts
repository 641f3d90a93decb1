import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  crc32,
  exportSessionFile,
  importSessionFile,
  type ImportError,
} from '@/features/counselor/session-file';
import { SESSION_FILE_FORMAT, SESSION_FILE_VERSION } from '@/features/counselor/session';
import {
  anyJson,
  applyEdits,
  edits,
  fewSessions,
  fuzzText,
  shortHostileText,
  withOneChange,
} from './inputs';
import { sessionListProblems } from './invariants';
import { FUZZ } from './runs';

// `importSessionFile` (src/features/counselor/session-file.ts): a file another device exported,
// or any file a counselor picks by mistake.

const REASONS: readonly ImportError[] = [
  'too-large',
  'json',
  'format',
  'version',
  'invalid',
  'checksum',
];

/** A file of valid sessions, with a part of one changed and the checksum written for it. */
const resigned = withOneChange(fewSessions).map((sessions) =>
  JSON.stringify({
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    checksum: crc32(JSON.stringify(sessions) ?? ''),
    sessions,
  }),
);

/** Session files from anywhere: text, JSON, near-valid exports, and changed files re-signed. */
const anyFile = fc.oneof(
  { weight: 2, arbitrary: fuzzText(fewSessions.map(exportSessionFile)) },
  { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value) ?? '') },
  {
    weight: 1,
    arbitrary: fc
      .record({
        format: fc.oneof(fc.constant(SESSION_FILE_FORMAT), anyJson),
        version: fc.oneof(fc.constant(SESSION_FILE_VERSION), anyJson),
        checksum: fc.oneof(fc.stringMatching(/^[0-9a-f]{8}$/), shortHostileText),
        sessions: anyJson,
      })
      .map((file) => JSON.stringify(file)),
  },
  { weight: 3, arbitrary: resigned },
);

describe('session files under fuzzing', () => {
  test.prop([anyFile], FUZZ)(
    'total and sound: any file gives one documented reason, or sessions that are all valid',
    (text) => {
      const read = importSessionFile(text);
      if (!read.ok) {
        expect(REASONS).toContain(read.reason);
        return;
      }
      expect(sessionListProblems(read.sessions)).toEqual([]);
      // Read as a whole: exported again, the same sessions come back.
      expect(importSessionFile(exportSessionFile(read.sessions))).toEqual(read);
    },
  );

  test.prop([fewSessions, fc.boolean(), fc.boolean()], FUZZ)(
    'round trip: exported sessions import as they were, with a byte-order mark or CRLF too',
    (sessions, bom, crlf) => {
      let text = exportSessionFile(sessions);
      if (crlf) text = text.replace(/\n/g, '\r\n');
      if (bom) text = `\uFEFF${text}`;
      expect(importSessionFile(text)).toEqual({ ok: true, sessions });
    },
  );

  test.prop([fewSessions, edits], FUZZ)(
    'sound: a damaged export is refused, or gives the sessions exported',
    (sessions, changes) => {
      const read = importSessionFile(applyEdits(exportSessionFile(sessions), changes));
      if (read.ok) expect(read.sessions).toEqual(sessions);
    },
  );
});
