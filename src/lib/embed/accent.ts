import { readAccent } from './options';

/**
 * A school's colour (`data-accent`) turned into the app's primary colours, dark enough to keep
 * WCAG AA. Pure: colours in, colours out, as `#rrggbb`.
 *
 * Only the light scheme takes it. The dark scheme keeps its own colours: they are light tints
 * chosen for a dark background, and a school's colour lightened until it reads on one is often
 * no longer recognisable as that colour, for the cost of a second set of rules to keep in step.
 */

/** The least contrast of text with its background, WCAG 2.x AA (1.4.3). */
export const MIN_CONTRAST = 4.5;

/**
 * The light scheme's backgrounds that primary-coloured text sits on (`--color-bg`,
 * `--color-surface`, `--color-surface-2` in `src/styles/tokens.css`; keep them in step).
 */
export const LIGHT_BACKGROUNDS: readonly string[] = ['#fbf8f2', '#ffffff', '#f3eee4'];

/** The text colours offered on a primary background: white, or the light scheme's near-black. */
export const ON_PRIMARY_CHOICES: readonly string[] = ['#ffffff', '#1c2624'];

/** How much of the way to black the strong variant (hover, emphasised text) goes from primary. */
const STRONG_MIX = 0.25;
/** The darkening is searched in steps of 1 % toward black. */
const STEPS = 100;

export interface AccentColors {
  /** `--color-primary`: buttons' background, bars, outlines; as text, ≥ 4.5:1 on each background. */
  primary: string;
  /** `--color-primary-strong`: a darker primary, for hover and emphasised text. */
  primaryStrong: string;
  /** `--color-on-primary`: text on `primary`, whichever of `ON_PRIMARY_CHOICES` contrasts more. */
  onPrimary: string;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 to 21; symmetric. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` mixed with black: `amount` 0 keeps it, 1 gives black. Every channel only decreases. */
export function mixTowardBlack(hex: string, amount: number): string {
  return toHex(channels(hex).map((channel) => channel * (1 - amount)));
}

function worstContrast(colour: string, backgrounds: readonly string[]): number {
  return Math.min(...backgrounds.map((background) => contrastRatio(colour, background)));
}

/**
 * The primary colours for a school's `accent` (`#rgb` or `#rrggbb`), or null when it is not a
 * colour (then the app keeps its own). The accent is kept as it is when text in it already reaches
 * `MIN_CONTRAST` on every background; else it is mixed toward black by the least whole percentage
 * that does. Invariants: `primary` and `primaryStrong` reach `MIN_CONTRAST` on each of
 * `backgrounds`, `onPrimary` reaches it on both (backgrounds as light as the light scheme's).
 */
export function accentColors(
  accent: string | null | undefined,
  backgrounds: readonly string[] = LIGHT_BACKGROUNDS,
): AccentColors | null {
  const colour = readAccent(accent);
  if (!colour) return null;
  let primary = colour;
  for (let step = 1; step <= STEPS && worstContrast(primary, backgrounds) < MIN_CONTRAST; step++) {
    primary = mixTowardBlack(colour, step / STEPS);
  }
  const primaryStrong = mixTowardBlack(primary, STRONG_MIX);
  const [onPrimary] = [...ON_PRIMARY_CHOICES].sort(
    (a, b) => contrastRatio(b, primary) - contrastRatio(a, primary),
  ) as [string];
  return { primary, primaryStrong, onPrimary };
}
