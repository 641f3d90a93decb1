import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import { MAX_LINE_LENGTH, parseLine, parseLines } from '@/features/counselor/parse-lines';
import { slotOfSchoolLevel } from '@/data/ids';
import { arabicIndic, dashLike, digitsRewritten, riasecProfile } from '../../../utils/arbitraries';
import { pseudonym, schoolLevel } from './arbitraries';

const scores = { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 };
const code = formatShareCode(encodeShareCode({ scores, schoolLevel: 8 })); // bac
const plain = formatShareCode(encodeShareCode({ scores, schoolLevel: null }));

describe('parseLines: examples', () => {
  it('reads codes and links, one per line, skipping blank lines but counting them', () => {
    const text = [
      code,
      '',
      '   ',
      `https://example.org/masari/#/results?code=${code}&lang=ar`,
      '#/results?riasec=70,20,10,30,40,60&level=bac-1',
      plain.toLowerCase(),
    ].join('\r\n');
    expect(parseLines(text)).toEqual({
      participants: [
        { line: 1, pseudonym: null, scores, source: 'code', schoolLevel: 'bac' },
        { line: 4, pseudonym: null, scores, source: 'code', schoolLevel: 'bac' },
        { line: 5, pseudonym: null, scores, source: 'typed', schoolLevel: 'bac-1' },
        { line: 6, pseudonym: null, scores, source: 'code', schoolLevel: null },
      ],
      errors: [],
    });
  });

  it('accepts Arabic-Indic digits, long dashes, direction marks and an Arabic comma in riasec', () => {
    const arabic = arabicIndic(code).replace(/-/g, '—');
    const { participants, errors } = parseLines(
      `\u200F${arabic}\u200F\n#/results?riasec=٧٠،٢٠،١٠،٣٠،٤٠،٦٠\n#/results?riasec=%D9%A7%D9%A0,20,10,30,40,60`,
    );
    expect(errors).toEqual([]);
    expect(participants.map((entry) => entry.scores)).toEqual([scores, scores, scores]);
    expect(participants[0]?.schoolLevel).toBe('bac');
  });

  it('reads a pseudonym before a tab, a semicolon, a comma or their Arabic forms', () => {
    const lines = [
      `Amina\t${code}`,
      `  يوسف ; ${code}`,
      `Élodie,${plain}`,
      `سلمى، ${plain}`,
      `Omar؛${plain}`,
      `Benali, Amina; ${code}`,
      `Sara, https://example.org/#/results?riasec=70,20,10,30,40,60`,
      `;${code}`,
    ];
    const { participants, errors } = parseLines(lines.join('\n'));
    expect(errors).toEqual([]);
    expect(participants.map((entry) => entry.pseudonym)).toEqual([
      'Amina',
      'يوسف',
      'Élodie',
      'سلمى',
      'Omar',
      'Benali, Amina',
      'Sara',
      null,
    ]);
  });

  it('does not guess a pseudonym separated by spaces only', () => {
    expect(parseLine(`Amina ${code}`)).toEqual({ ok: false, reason: 'length' });
  });

  it('names the reason of every bad line, with its line number', () => {
    const wrongCheck = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const lines = [
      'Amina;',
      '#/results?lang=fr',
      '#/results?code=',
      '1234',
      '1ABC-DEFG-HJK!!',
      `2${code.slice(1)}`,
      wrongCheck,
      '#/results?riasec=70,20,10,30,40',
      '#/results?riasec=70,20,10,30,40,60&level=lycee',
      `${'x'.repeat(61)};${code}`,
      `${code}${' '.repeat(MAX_LINE_LENGTH)}`,
      formatShareCode(encodeShareCode({ scores, schoolLevel: 12 })),
      '- - -',
      `#/results?code=1234&riasec=1,2`,
    ];
    expect(parseLines(lines.join('\n'))).toEqual({
      participants: [],
      errors: [
        { line: 1, reason: 'empty-code' },
        { line: 2, reason: 'empty-code' },
        { line: 3, reason: 'empty-code' },
        { line: 4, reason: 'length' },
        { line: 5, reason: 'characters' },
        { line: 6, reason: 'version' },
        { line: 7, reason: 'checksum' },
        { line: 8, reason: 'bad-riasec' },
        { line: 9, reason: 'bad-level' },
        { line: 10, reason: 'bad-pseudonym' },
        { line: 11, reason: 'too-long' },
        { line: 12, reason: 'range' },
        { line: 13, reason: 'empty-code' },
        { line: 14, reason: 'length' },
      ],
    });
  });

  it('reads a link as the results page does: a valid code first, then riasec', () => {
    expect(parseLine(`#/results?code=1234&riasec=1,2,3,4,5,6&level=bac`)).toEqual({
      ok: true,
      entry: {
        pseudonym: null,
        scores: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 },
        source: 'typed',
        schoolLevel: 'bac',
      },
    });
    // Beside a code, level= is the code's own.
    expect(parseLine(`#/results?code=${code}&level=primary`)).toMatchObject({
      ok: true,
      entry: { schoolLevel: 'bac' },
    });
  });

  it('refuses a line over the limit whatever it holds, and reads one at the limit', () => {
    expect(parseLine(code.padEnd(MAX_LINE_LENGTH, ' '))).toMatchObject({ ok: true });
    expect(parseLine(code.padEnd(MAX_LINE_LENGTH + 1, ' '))).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });

  it('gives nothing for empty text or blank lines', () => {
    expect(parseLines('')).toEqual({ participants: [], errors: [] });
    expect(parseLines('\n \r\n\t\n\uFEFF\u200F')).toEqual({ participants: [], errors: [] });
  });
});

describe('parseLines: properties', () => {
  test.prop([
    riasecProfile,
    schoolLevel,
    fc.option(pseudonym, { nil: null }),
    fc.constantFrom('\t', ';', ',', '،', '؛', ' ; '),
    fc.boolean(),
    fc.constantFrom('', 'https://example.org/masari/', 'http://localhost:5173/'),
  ])(
    'every valid code, in any digits and dashes, alone or in a link, with or without a pseudonym',
    (given, level, name, separator, asLink, origin) => {
      const bare = formatShareCode(
        encodeShareCode({ scores: given, schoolLevel: slotOfSchoolLevel(level) }),
      );
      fc.assert(
        fc.property(digitsRewritten(bare), dashLike, (written, dash) => {
          const typed = written.replace(/-/g, dash);
          const target = asLink ? `${origin}#/results?code=${encodeURIComponent(typed)}` : typed;
          const line = name === null ? target : `${name}${separator}${target}`;
          expect(parseLines(`\n${line}\n`)).toEqual({
            participants: [
              { line: 2, pseudonym: name, scores: given, source: 'code', schoolLevel: level },
            ],
            errors: [],
          });
        }),
        { numRuns: 5 },
      );
    },
  );

  test.prop([riasecProfile, schoolLevel])(
    'every riasec link gives its typed scores',
    (given, level) => {
      const list = `${given.R},${given.I},${given.A},${given.S},${given.E},${given.C}`;
      const link = `#/results?riasec=${list}${level ? `&level=${level}` : ''}`;
      expect(parseLine(link)).toEqual({
        ok: true,
        entry: { pseudonym: null, scores: given, source: 'typed', schoolLevel: level },
      });
    },
  );

  const line = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ maxLength: 30 }).map((text) => `#/results?${text}`),
    fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(';', ',', '\t'),
        fc.string({ maxLength: 20 }),
      )
      .map((parts) => parts.join('')),
  );

  test.prop([fc.array(line, { maxLength: 12 })], { numRuns: 2000 })(
    'any text never throws; each non-blank line gives a participant or an error, with its number',
    (lines) => {
      // Lines joined by LF only: a random line holding a line break becomes two lines.
      const physical = lines.join('\n').split(/\r\n|\r|\n/);
      const { participants, errors } = parseLines(lines.join('\n'));
      const numbers = [...participants.map((p) => p.line), ...errors.map((e) => e.line)].sort(
        (a, b) => a - b,
      );
      const expected = physical
        .map((text, index) => ({ text, number: index + 1 }))
        // Blank, defined here apart from the parser: white space, the byte-order mark and the
        // invisible direction marks.
        .filter(
          ({ text }) => !/^[\s\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]*$/.test(text),
        )
        .map(({ number }) => number);
      expect(numbers).toEqual(expected);
      for (const entry of participants) expect(entry.line).toBeGreaterThanOrEqual(1);
    },
  );

  test.prop([fc.string({ minLength: MAX_LINE_LENGTH + 1, maxLength: MAX_LINE_LENGTH + 50 })], {
    numRuns: 50,
  })('any line over the limit is refused as too long', (text) => {
    const single = text.replace(/[\r\n]/g, 'x');
    expect(parseLines(single)).toEqual({
      participants: [],
      errors: [{ line: 1, reason: 'too-long' }],
    });
  });
});
