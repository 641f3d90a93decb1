import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Session } from '@/features/counselor/session';
import {
  crc32,
  exportSessionFile,
  importSessionFile,
  MAX_SESSION_FILE_LENGTH,
} from '@/features/counselor/session-file';
import { amina, sessions as sessionsArb } from './arbitraries';

const session: Session = {
  id: 's1',
  name: 'Classe 3A — CMC',
  date: '2026-03-02',
  notes: 'Deux élèves absents.\nRevoir le 9 mars.',
  participants: [
    amina,
    { ...amina, id: 'p2', pseudonym: 'Omar', source: 'full', schoolLevel: null },
  ],
};
const file = exportSessionFile([session]);
/** The file as parsed JSON, to be changed by a test and written back. */
const edited = (change: (json: Record<string, unknown> & { sessions: Session[] }) => void) => {
  const json = JSON.parse(file) as Record<string, unknown> & { sessions: Session[] };
  change(json);
  return JSON.stringify(json);
};

describe('session files: examples', () => {
  it('are indented JSON with their format, version and checksum', () => {
    const json = JSON.parse(file) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'checksum', 'sessions']);
    expect(json.format).toBe('masari-session');
    expect(json.version).toBe(1);
    expect(json.checksum).toMatch(/^[0-9a-f]{8}$/);
    expect(file).toContain('\n  "sessions": [');
    expect(file).toContain('"pseudonym": "أمينة"');
    expect(exportSessionFile([session])).toBe(file);
  });

  it('read back exactly, with or without a byte-order mark', () => {
    expect(importSessionFile(file)).toEqual({ ok: true, sessions: [session] });
    expect(importSessionFile(`\uFEFF${file}`)).toEqual({ ok: true, sessions: [session] });
    expect(importSessionFile(exportSessionFile([]))).toEqual({ ok: true, sessions: [] });
  });

  it('compute the checksum as CRC-32 does', () => {
    expect(crc32('')).toBe('00000000');
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('é')).toBe(crc32('\u00e9'));
  });

  it('refuse what is not a session file', () => {
    expect(importSessionFile('')).toEqual({ ok: false, reason: 'json' });
    expect(importSessionFile(file.slice(0, -20))).toEqual({ ok: false, reason: 'json' });
    expect(importSessionFile('null')).toEqual({ ok: false, reason: 'format' });
    expect(importSessionFile('[]')).toEqual({ ok: false, reason: 'format' });
    expect(importSessionFile('{"format":"masari-quiz","version":1}')).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(importSessionFile(edited((json) => (json.version = 2)))).toEqual({
      ok: false,
      reason: 'version',
    });
    expect(importSessionFile(edited((json) => (json.version = '1')))).toEqual({
      ok: false,
      reason: 'version',
    });
  });

  it('refuse an oversized text before reading it', () => {
    const padded = file.padEnd(MAX_SESSION_FILE_LENGTH + 1, ' ');
    expect(importSessionFile(padded)).toEqual({ ok: false, reason: 'too-large' });
    // The same content within the limit is read.
    expect(importSessionFile(file.padEnd(MAX_SESSION_FILE_LENGTH, ' '))).toMatchObject({
      ok: true,
    });
  });

  it('refuse the whole file for one invalid participant, and say where it is', () => {
    const cases: [string, (json: { sessions: Session[] }) => void][] = [
      [
        'score out of range',
        (json) => ((json.sessions[0]!.participants[1]!.scores as { R: number }).R = 101),
      ],
      [
        'score not whole',
        (json) => ((json.sessions[0]!.participants[1]!.scores as { R: number }).R = 7.5),
      ],
      ['empty pseudonym', (json) => (json.sessions[0]!.participants[1]!.pseudonym = '')],
      ['untrimmed pseudonym', (json) => (json.sessions[0]!.participants[1]!.pseudonym = ' Omar')],
      ['long pseudonym', (json) => (json.sessions[0]!.participants[1]!.pseudonym = 'x'.repeat(61))],
      [
        'unknown source',
        (json) => ((json.sessions[0]!.participants[1] as { source: string }).source = 'paper'),
      ],
      [
        'unknown level',
        (json) =>
          ((json.sessions[0]!.participants[1] as { schoolLevel: string }).schoolLevel = 'lycee'),
      ],
      ['bad time', (json) => (json.sessions[0]!.participants[1]!.addedAt = '2026-02-30T10:00:00Z')],
      [
        'unknown key',
        (json) => Object.assign(json.sessions[0]!.participants[1]!, { email: 'a@b.c' }),
      ],
      ['duplicate id', (json) => (json.sessions[0]!.participants[1]!.id = 'p1')],
    ];
    for (const [name, change] of cases) {
      expect(importSessionFile(edited(change)), name).toEqual({
        ok: false,
        reason: 'invalid',
        at: { session: 0, participant: name === 'duplicate id' ? null : 1 },
      });
    }
    expect(importSessionFile(edited((json) => (json.sessions[0]!.date = '2026-02-30')))).toEqual({
      ok: false,
      reason: 'invalid',
      at: { session: 0, participant: null },
    });
    expect(importSessionFile(edited((json) => delete json.checksum))).toEqual({
      ok: false,
      reason: 'invalid',
      at: null,
    });
  });

  it('refuse a file whose content is not what was exported', () => {
    const changed = file.replace('"R": 70', '"R": 71');
    expect(changed).not.toBe(file);
    expect(importSessionFile(changed)).toEqual({ ok: false, reason: 'checksum' });
  });
});

/** One character changed, removed or inserted at a position of the text. */
const corruption = (length: number) =>
  fc.tuple(
    fc.constantFrom('change', 'remove', 'insert'),
    fc.integer({ min: 0, max: Math.max(0, length - 1) }),
    fc.oneof(
      fc.constantFrom(' ', '\n', '"', ',', '0', '1', '-', '}', ']', '\\', 'e', '.', '\uFEFF'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
  );

describe('session files: properties', () => {
  test.prop([sessionsArb])('export then import gives the same sessions', (given) => {
    expect(importSessionFile(exportSessionFile(given))).toEqual({ ok: true, sessions: given });
  });

  test.prop(
    [
      sessionsArb.chain((given) =>
        fc.tuple(fc.constant(given), corruption(exportSessionFile(given).length)),
      ),
    ],
    { numRuns: 3000 },
  )(
    'any single-character corruption is refused or gives the same sessions, never a throw',
    ([given, [kind, at, char]]) => {
      const text = exportSessionFile(given);
      const corrupt =
        kind === 'change'
          ? text.slice(0, at) + char + text.slice(at + 1)
          : kind === 'remove'
            ? text.slice(0, at) + text.slice(at + 1)
            : text.slice(0, at) + char + text.slice(at);
      const read = importSessionFile(corrupt);
      if (read.ok) expect(read.sessions).toEqual(given);
    },
  );

  test.prop([fc.string({ maxLength: 200 })])('any text never throws', (text) => {
    expect(importSessionFile(text).ok).toBe(false);
  });
});
