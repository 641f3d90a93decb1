import { fc } from '@fast-check/vitest';
import type { Session } from '@/features/counselor/session';
import { session } from '../features/counselor/arbitraries';

/**
 * Hostile inputs for the fuzzing properties: what a link, a paste, a file or a storage entry may
 * hold besides what the app writes. Small values, most of them, so that ten thousand runs stay
 * fast; built from the pieces that trip parsers up rather than from uniformly random text.
 */

/** A half of a surrogate pair on its own: no well-formed text holds one, a JS string can. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));

/**
 * Pieces that trip parsers up: spellings of numbers JavaScript reads and people should not,
 * Arabic digits and separators, every kind of blank and dash, invisible direction marks, CSV and
 * URL syntax, markup, prototype keys, characters a share code confuses (O, I, L, U), combining
 * marks and emoji sequences.
 */
export const TRICKY_PIECES: readonly string[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '+0',
  '+1',
  '0x1F',
  '0b11',
  '1e2',
  '1e309',
  '-1e309',
  '1e-7',
  '.5',
  '5.',
  '00',
  '007',
  '100',
  '101',
  '999',
  '90.0001',
  '180.5',
  '٠',
  '١',
  '٣٤',
  '۷',
  '۹۰',
  '٫',
  '،',
  '٬',
  '؛',
  ',',
  ';',
  ',,',
  '.',
  ':',
  '\t',
  ' ',
  '  ',
  '\u00a0',
  '\u2007',
  '\u3000',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\0',
  '\u0007',
  '\u007f',
  '\ufeff',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202e',
  '\u2066',
  '-',
  '--',
  '–',
  '—',
  '\u2011',
  '\u2212',
  '"',
  '""',
  "'",
  '=',
  '+',
  '@',
  '|',
  '#',
  '?',
  '&',
  '%',
  '%00',
  '%ZZ',
  '%2C',
  '%E2%80%AE',
  '#/results?',
  'code=',
  'riasec=',
  'level=',
  'near=',
  'https://masari.ma/#/results?',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\\',
  '\\u0000',
  'O',
  'I',
  'L',
  'U',
  'i',
  'l',
  'o',
  'é',
  'e\u0301',
  'İ',
  'ß',
  'ﻷ',
  'ـ',
  'أمينة',
  '👩🏽‍🏫',
  '🇲🇦',
];

export const trickyPiece: fc.Arbitrary<string> = fc.constantFrom(...TRICKY_PIECES);

/** One piece of hostile text: a tricky piece, any grapheme, any code point, a lone surrogate, a digit. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trickyPiece },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constantFrom(...'0123456789') },
);

/**
 * Text of ten to thirty thousand characters: one piece repeated, so that it costs nothing to
 * generate. A decoder must refuse it, or read it, in about the time it takes to look at it.
 */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(trickyPiece, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 })),
    fc.integer({ min: 10_000, max: 30_000 }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

/** Hostile text of a few dozen characters at most: pieces strung together, graphemes, code points. */
export const shortHostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(hostileUnit, { maxLength: 24 }).map((units) => units.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/**
 * Any text at all: short hostile text, or now and then a huge one (rare, since each costs a pass
 * over tens of thousands of characters). Where a value is one of several fields of an input, use
 * `shortHostileText` and make the whole input huge now and then instead.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 14, arbitrary: shortHostileText },
  { weight: 1, arbitrary: hugeText },
);

const EDITS = [
  'replace',
  'insert',
  'delete',
  'swap',
  'truncate',
  'separators',
  'case',
  'pad',
] as const;
export type Edit = [kind: (typeof EDITS)[number], position: number, piece: string];

/** Separators of the app's encodings: lists, dates, URLs, codes, CSV and session files. */
const SEPARATOR = /[,;\t\-،؛٬.:=&|#?/]/g;

function applyEdit(text: string, [kind, position, piece]: Edit): string {
  const at = position % (text.length + 1);
  switch (kind) {
    case 'replace':
      return text.slice(0, at) + piece + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'swap':
      return (
        text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2)
      );
    case 'truncate':
      return text.slice(0, at);
    case 'separators':
      return text.replace(SEPARATOR, piece);
    case 'case':
      return position % 2 === 0 ? text.toUpperCase() : text.toLowerCase();
    case 'pad':
      return piece + text + piece;
  }
}

/**
 * One to three edits of a text: a character replaced, inserted or deleted, two neighbours
 * swapped, the end cut off, every separator swapped for another piece, the case changed, or the
 * whole padded (`applyEdits`).
 */
export const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.tuple(fc.constantFrom(...EDITS), fc.nat(), hostileUnit),
  { minLength: 1, maxLength: 3 },
);

/** `text` with `changes` made in turn. */
export function applyEdits(text: string, changes: readonly Edit[]): string {
  return changes.reduce(applyEdit, text);
}

/** A valid encoding with one to three edits (`edits`): most are invalid, some valid again. */
export function nearValid(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, edits).map(([text, changes]) => applyEdits(text, changes));
}

/**
 * What a text decoder is fuzzed with: hostile text, near-valid encodings, and valid ones. With
 * `{ huge: false }`, no text of tens of thousands of characters (for one field of many).
 */
export function fuzzText(
  valid: fc.Arbitrary<string>,
  { huge = true }: { huge?: boolean } = {},
): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: huge ? hostileText : shortHostileText },
    { weight: 4, arbitrary: nearValid(valid) },
    { weight: 1, arbitrary: valid },
  );
}

/** For each digit of a text, the set it is written in: Western, Arabic-Indic, Eastern Arabic-Indic. */
export const digitSets: fc.Arbitrary<number[]> = fc.array(fc.constantFrom(0x30, 0x0660, 0x06f0), {
  minLength: 24,
  maxLength: 24,
});

/** `text` with its n-th Western digit written in the n-th set of `sets` (`digitSets`). */
export function writeDigits(text: string, sets: readonly number[]): string {
  let n = 0;
  return text.replace(/[0-9]/g, (digit) =>
    String.fromCharCode((sets[n++ % sets.length] ?? 0x30) + Number(digit)),
  );
}

/** Leaves that a check of values should refuse somewhere: wrong types, edges, non-finite numbers. */
export const trickyLeaf: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  100,
  101,
  2 ** 53,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  ' ',
  '0',
  '5',
  'ar',
  'quick',
  'bac',
  'code',
  '__proto__',
  '<script>alert(1)</script>',
  'Rabat\ud800',
  '\udfff',
  [],
  {},
  [null],
  { __proto__: null },
);

/** Any value `JSON.parse` can give, a few levels deep. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Any JavaScript value at all: what a `postMessage` or a bug may hand a check of values. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

type Path = readonly (string | number)[];
type Change =
  | { kind: 'set'; path: number; to: unknown }
  | { kind: 'remove'; path: number }
  | { kind: 'extra'; path: number; key: string; to: unknown };

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (isPlainRecord(value))
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** `value` with `change` made at `path`, leaving `value` itself as it was. */
function changedAt(value: unknown, path: Path, change: Change): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (change.kind === 'set') return change.to;
    if (change.kind === 'remove') return undefined;
    if (Array.isArray(value)) return [...value, change.to];
    if (isPlainRecord(value)) return { ...value, [change.key]: change.to };
    return { [change.key]: change.to };
  }
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && change.kind === 'remove') copy.splice(Number(head), 1);
    else copy[Number(head)] = changedAt(copy[Number(head)], rest, change);
    return copy;
  }
  // Rebuilt from its entries: a `__proto__` key (JSON.parse makes one) stays an own property.
  const entries = Object.entries(value as Record<string, unknown>);
  if (rest.length === 0 && change.kind === 'remove')
    return Object.fromEntries(entries.filter(([key]) => key !== head));
  return Object.fromEntries(
    entries.map(([key, item]) => [key, key === head ? changedAt(item, rest, change) : item]),
  );
}

/**
 * A valid value with one part changed: a field (or the whole) set to another value, a field or
 * an item removed, or an extra key or item added. `to` gives the values put in.
 */
export function withOneChange<T>(
  valid: fc.Arbitrary<T>,
  to: fc.Arbitrary<unknown> = fc.oneof(trickyLeaf, anyJson),
): fc.Arbitrary<unknown> {
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: fc.nat(), to }),
    fc.record({ kind: fc.constant('remove' as const), path: fc.nat() }),
    fc.record({
      kind: fc.constant('extra' as const),
      path: fc.nat(),
      key: fc.oneof(trickyPiece, fc.string({ maxLength: 6 })),
      to,
    }),
  );
  return fc.tuple(valid, change).map(([value, edit]) => {
    const paths = pathsOf(value);
    return changedAt(value, paths[edit.path % paths.length] ?? [], edit);
  });
}

/** Up to two valid sessions of a few participants each: small, so that ten thousand stay quick. */
export const fewSessions: fc.Arbitrary<Session[]> = fc.uniqueArray(session, {
  maxLength: 2,
  selector: (item) => item.id,
});
