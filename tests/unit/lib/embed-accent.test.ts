import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  accentColors,
  contrastRatio,
  LIGHT_BACKGROUNDS,
  MIN_CONTRAST,
  mixTowardBlack,
  ON_PRIMARY_CHOICES,
  relativeLuminance,
} from '@/lib/embed/accent';

const hexColour = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`);

const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
const worstContrast = (colour: string) =>
  Math.min(...LIGHT_BACKGROUNDS.map((background) => contrastRatio(colour, background)));

describe('contrast (WCAG 2.x)', () => {
  it('gives the known figures', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // The lightest grey that passes AA on white, a figure every contrast checker gives.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(MIN_CONTRAST);
  });

  test.prop([hexColour, hexColour])('is symmetric and within 1–21', (a, b) => {
    expect(contrastRatio(a, b)).toBeCloseTo(contrastRatio(b, a), 10);
    expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(1);
    expect(contrastRatio(a, b)).toBeLessThanOrEqual(21);
  });

  test.prop([hexColour, fc.double({ min: 0, max: 1, noNaN: true })])(
    'mixing toward black never lightens a channel',
    (colour, amount) => {
      const mixed = channels(mixTowardBlack(colour, amount));
      channels(colour).forEach((channel, index) =>
        expect(mixed[index]).toBeLessThanOrEqual(channel),
      );
    },
  );
});

describe('accentColors', () => {
  test.prop([hexColour], { numRuns: 500 })(
    'gives text colours that reach AA on every light background, and text on primary too',
    (accent) => {
      const colours = accentColors(accent)!;
      expect(worstContrast(colours.primary)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(worstContrast(colours.primaryStrong)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(colours.onPrimary, colours.primary)).toBeGreaterThanOrEqual(
        MIN_CONTRAST,
      );
      // Hover darkens the button: its text stays readable.
      expect(contrastRatio(colours.onPrimary, colours.primaryStrong)).toBeGreaterThanOrEqual(
        MIN_CONTRAST,
      );
    },
  );

  test.prop([hexColour])('only darkens the accent, and no more than needed', (accent) => {
    const { primary } = accentColors(accent)!;
    const before = channels(accent);
    channels(primary).forEach((channel, index) =>
      expect(channel).toBeLessThanOrEqual(before[index]!),
    );
    // One step (1 %) less toward black would not have been enough.
    if (primary !== accent) {
      const darkened = [...Array(101).keys()].map((step) => mixTowardBlack(accent, step / 100));
      const step = darkened.indexOf(primary);
      expect(step).toBeGreaterThan(0);
      expect(worstContrast(darkened[step - 1]!)).toBeLessThan(MIN_CONTRAST);
    }
  });

  test.prop([hexColour])('picks the on-primary colour that contrasts more', (accent) => {
    const { primary, onPrimary } = accentColors(accent)!;
    expect(ON_PRIMARY_CHOICES).toContain(onPrimary);
    for (const choice of ON_PRIMARY_CHOICES) {
      expect(contrastRatio(onPrimary, primary)).toBeGreaterThanOrEqual(
        contrastRatio(choice, primary),
      );
    }
  });

  test.prop([hexColour.filter((colour) => worstContrast(colour) >= MIN_CONTRAST)])(
    'keeps an accent that is already dark enough as it is',
    (accent) => {
      expect(accentColors(accent)?.primary).toBe(accent);
    },
  );

  it('keeps dark accents, darkens light ones', () => {
    expect(accentColors('#0b6651')).toEqual({
      primary: '#0b6651',
      primaryStrong: mixTowardBlack('#0b6651', 0.25),
      onPrimary: '#ffffff',
    });
    expect(accentColors('#1D4C94')?.primary).toBe('#1d4c94');
    expect(accentColors('#000')?.primary).toBe('#000000');
    const yellow = accentColors('#ffd700')!;
    expect(yellow.primary).not.toBe('#ffd700');
    expect(worstContrast(yellow.primary)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(accentColors('#ffffff')?.primary).not.toBe('#ffffff');
  });

  it('ignores what is not a colour', () => {
    for (const value of [null, undefined, '', 'red', '#12345', '#gggggg', 'rgb(0,0,0)', '0b6651']) {
      expect(accentColors(value)).toBeNull();
    }
  });
});
