import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { settingsSchema, TEXT_SIZES } from '@/features/settings/settings-store';
import { LANGUAGE_CODES } from '@/lib/i18n/languages';
import { quizDefaults, quizSchema, QUIZ_MODES } from '@/lib/quiz/quiz-store';

const itemId = fc
  .tuple(fc.constantFrom(...'riasec'), fc.integer({ min: 0, max: 99 }))
  .map(([letter, n]) => `${letter}${String(n).padStart(2, '0')}`);
const rating = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
const text = fc.option(fc.string(), { nil: null });
const validQuiz = fc.record({
  mode: fc.option(fc.constantFrom(...QUIZ_MODES), { nil: null }),
  answers: fc.dictionary(itemId, rating),
  page: fc.integer({ min: 0, max: 20 }),
  step: fc.constantFrom('items' as const, 'context' as const, 'done' as const),
  schoolLevel: text,
  town: text,
});

describe('the questionnaire store’s check of what it reads back', () => {
  test.prop([validQuiz])('accepts every valid state as it is', (state) => {
    expect(quizSchema.safeParse(state)).toEqual({ success: true, data: state });
  });

  test.prop([validQuiz, fc.string().filter((key) => !(key in {}))])(
    'drops keys it does not know, as the stored shape has none',
    (state, key) => {
      fc.pre(!Object.keys(state).includes(key));
      expect(quizSchema.safeParse({ ...state, [key]: 1 })).toEqual({ success: true, data: state });
    },
  );

  it.each([
    ['not an object', 'quiz'],
    ['an array', []],
    ['an unknown form', { mode: 'long' }],
    ['a rating of 6', { answers: { r01: 6 } }],
    ['a rating as text', { answers: { r01: '5' } }],
    ['an item id of another shape', { answers: { x01: 3 } }],
    ['answers as a list', { answers: [3] }],
    ['a page as text', { page: '2' }],
    ['an infinite page', { page: Infinity }],
    ['a page between two pages', { page: 1.5 }],
    ['a page before the first', { page: -1 }],
    // Nobody types half of a surrogate pair, but JSON can hold one, and a link cannot carry it.
    ['a school level holding half of a surrogate pair', { schoolLevel: 'Rabat\ud800' }],
    ['a town holding half of a surrogate pair', { town: '\udfffRabat' }],
    ['an unknown step', { step: 'end' }],
    ['a number as school level', { schoolLevel: 3 }],
    ['a missing town', { town: undefined }],
  ])('refuses %s', (_, change) => {
    const base = { ...quizDefaults, mode: 'quick' };
    const value =
      typeof change === 'object' && !Array.isArray(change) ? { ...base, ...change } : change;
    expect(quizSchema.safeParse(value).success).toBe(false);
  });
});

describe('the settings store’s check of what it reads back', () => {
  test.prop([
    fc.option(fc.constantFrom(...LANGUAGE_CODES), { nil: null }),
    fc.constantFrom(...TEXT_SIZES),
  ])('accepts every language (or none) and text size', (language, textSize) => {
    expect(settingsSchema.safeParse({ language, textSize, extra: 1 })).toEqual({
      success: true,
      data: { language, textSize },
    });
  });

  it.each([
    [{ language: 'de', textSize: 'standard' }],
    [{ language: 'ar', textSize: 'huge' }],
    [{ language: 'ar' }],
    [null],
    ['ar'],
  ])('refuses %j', (value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });
});
