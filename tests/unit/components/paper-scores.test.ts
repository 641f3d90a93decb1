import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RIASEC_TYPES, type RiasecProfile } from '@/domain/riasec';
import { readPaperScores, type ScoreInputs } from '@/components/paper-scores-form';
import { digitsRewritten, riasecProfile } from '../../utils/arbitraries';

const inputs = (texts: readonly string[], level = ''): ScoreInputs => ({
  R: texts[0] ?? '',
  I: texts[1] ?? '',
  A: texts[2] ?? '',
  S: texts[3] ?? '',
  E: texts[4] ?? '',
  C: texts[5] ?? '',
  level,
});

describe('the paper scores form', () => {
  it('reads scores typed with Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(readPaperScores(inputs(['٥٠', '٣٠', ' ١٠٠ ', '۱۵', '۰', '8'], 'bac'))).toEqual({
      ok: true,
      value: { scores: { R: 50, I: 30, A: 100, S: 15, E: 0, C: 8 }, schoolLevel: 'bac' },
    });
  });

  it('names the fields to correct, in the form’s order', () => {
    expect(readPaperScores(inputs(['١٠١', '30', 'x', '', '20', '٢٠']))).toEqual({
      ok: false,
      invalid: ['R', 'A', 'S'],
    });
  });

  test.prop([
    riasecProfile.chain((profile) =>
      fc.tuple(
        fc.constant(profile),
        fc.tuple(...RIASEC_TYPES.map((type) => digitsRewritten(String(profile[type])))),
      ),
    ),
  ])('reads any six scores the same in any digits', ([profile, written]) => {
    expect(readPaperScores(inputs(written))).toEqual({
      ok: true,
      value: { scores: profile as RiasecProfile, schoolLevel: null },
    });
  });
});
