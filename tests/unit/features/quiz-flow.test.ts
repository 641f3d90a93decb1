import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readQuizLocation } from '@/features/quiz/quiz-flow';
import { digitsRewritten } from '../../utils/arbitraries';

const at = (page: string) => readQuizLocation(new URLSearchParams({ page }));

describe('readQuizLocation', () => {
  it('reads a page number written in Arabic-Indic digits', () => {
    expect(at('٣')).toEqual({ page: 2 });
    expect(at('۱۰')).toEqual({ page: 9 });
    expect(at('٠')).toBeNull();
  });

  test.prop([
    fc
      .integer({ min: 0, max: 999 })
      .chain((n) => fc.tuple(fc.constant(String(n)), digitsRewritten(String(n)))),
  ])('reads the same page whatever the digits', ([western, written]) => {
    expect(at(written)).toEqual(at(western));
  });
});
