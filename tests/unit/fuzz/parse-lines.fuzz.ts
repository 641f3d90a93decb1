import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { slotOfSchoolLevel } from '@/data/ids';
import { formatRiasecList } from '@/domain/riasec';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import {
  MAX_LINE_LENGTH,
  parseLine,
  parseLines,
  type LineError,
} from '@/features/counselor/parse-lines';
import { riasecProfile } from '../../utils/arbitraries';
import { pseudonym, schoolLevel } from '../features/counselor/arbitraries';
import { fuzzText, hostileText } from './inputs';
import { DATASET_SCHOOL_LEVELS, keyProblems, labelProblems, profileProblems } from './invariants';
import { FUZZ } from './runs';

// `parseLine` and `parseLines` (src/features/counselor/parse-lines.ts): share codes and result
// links a counselor pastes, one per line, each with an optional pseudonym.

const REASONS: readonly LineError[] = [
  'too-long',
  'empty-code',
  'length',
  'characters',
  'version',
  'checksum',
  'range',
  'bad-riasec',
  'bad-level',
  'bad-pseudonym',
];

/** A line as a counselor pastes it, and the participant it stands for. */
const validLine = fc
  .record({
    scores: riasecProfile,
    level: schoolLevel,
    name: fc.option(pseudonym, { nil: null }),
    separator: fc.constantFrom('\t', ';', ',', '،', '؛', ' ; ', ' , '),
    kind: fc.constantFrom('code', 'code-link', 'riasec-link'),
    origin: fc.constantFrom('', 'https://masari.ma/', 'http://localhost:5173/app/'),
  })
  .map(({ scores, level, name, separator, kind, origin }) => {
    const code = formatShareCode(
      encodeShareCode({ scores, schoolLevel: slotOfSchoolLevel(level) }),
    );
    const target =
      kind === 'code'
        ? code
        : kind === 'code-link'
          ? `${origin}#/results?code=${code}&lang=ar`
          : `${origin}#/results?riasec=${formatRiasecList(scores)}${level ? `&level=${level}` : ''}`;
    return {
      line: name === null ? target : `${name}${separator}${target}`,
      entry: {
        pseudonym: name,
        scores,
        source: kind === 'riasec-link' ? ('typed' as const) : ('code' as const),
        schoolLevel: level,
      },
    };
  });

const line = fuzzText(validLine.map(({ line: text }) => text));

const reasonProblems = (reason: LineError) =>
  REASONS.includes(reason) ? [] : [`reason ${String(reason)}`];

function entryProblems(entry: unknown): string[] {
  const { pseudonym: name, scores, source, schoolLevel: level } = entry as Record<string, unknown>;
  const problems = keyProblems(entry as Record<string, unknown>, [
    'pseudonym',
    'scores',
    'source',
    'schoolLevel',
  ]);
  if (name !== null) {
    problems.push(...labelProblems(name, 60, 'pseudonym'));
    if (typeof name === 'string' && name !== name.normalize('NFC')) problems.push('not NFC');
  }
  problems.push(...profileProblems(scores));
  if (source !== 'code' && source !== 'typed') problems.push(`source ${String(source)}`);
  if (level !== null && !DATASET_SCHOOL_LEVELS.includes(level as string))
    problems.push(`school level ${String(level)}`);
  return problems;
}

describe('pasted lines under fuzzing', () => {
  test.prop([line], FUZZ)(
    'total and sound: any line gives nothing (blank), a documented error or a valid participant',
    (text) => {
      const read = parseLine(text);
      if (read === null) return;
      expect(read.ok ? entryProblems(read.entry) : reasonProblems(read.reason)).toEqual([]);
    },
  );

  test.prop([validLine], FUZZ)(
    'round trip: a participant written as a code or a link, with or without a pseudonym, reads back',
    ({ line: text, entry }) => {
      expect(parseLine(text)).toEqual({ ok: true, entry });
    },
  );

  test.prop(
    [
      fc.array(fc.oneof(line, hostileText), { maxLength: 8 }),
      fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 8, maxLength: 8 }),
    ],
    FUZZ,
  )(
    'total and sound: pasted text gives each non-blank line once, as a valid participant or an error',
    (lines, breaks) => {
      const text = lines
        .map((content, i) => (i === 0 ? content : `${breaks[i]}${content}`))
        .join('');
      const { participants, errors } = parseLines(text);
      const physical = text.split(/\r\n|\r|\n/);
      // Blank, defined here apart from the parser: white space, byte-order mark, direction marks.
      // A line over the limit is refused before it is read, blank or not.
      const expected = physical
        .map((content, index) => ({ content, number: index + 1 }))
        .filter(
          ({ content }) =>
            content.length > MAX_LINE_LENGTH ||
            !/^[\s\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]*$/.test(content),
        )
        .map(({ number }) => number);
      const numbers = [...participants.map((p) => p.line), ...errors.map((e) => e.line)];
      const problems = [
        ...participants.flatMap(({ line: _, ...entry }) => entryProblems(entry)),
        ...errors.flatMap(({ reason }) => reasonProblems(reason)),
      ];
      expect({ numbers: numbers.sort((a, b) => a - b), problems }).toEqual({
        numbers: expected,
        problems: [],
      });
    },
  );
});
