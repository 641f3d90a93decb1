import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/embed/accent';

const read = (path: string) => readFileSync(join(__dirname, '../../../..', path), 'utf8');
const tokensCss = read('src/styles/tokens.css');
const centersCss = read('src/features/centers/centers.css');

/** The `--color-*` values of a block of tokens.css. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [
      name ?? '',
      value ?? '',
    ]),
  );
}

const light = colours(tokensCss.slice(0, tokensCss.indexOf('@media (prefers-color-scheme: dark)')));
const dark = {
  ...light,
  ...colours(tokensCss.slice(tokensCss.indexOf('@media (prefers-color-scheme: dark)'))),
};

/** The colour variable a rule of centers.css gives `property`, for a selector as written there. */
function token(selector: string, property: string): string {
  for (const rule of centersCss.split('}')) {
    const [selectors = '', body = ''] = rule.split('{');
    const list = selectors
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(',')
      .map((one) => one.trim().replace(/\s+/g, ' '));
    if (!list.includes(selector)) continue;
    const match = new RegExp(`(?:^|;|\\s)${property}:\\s*var\\((--color-[\\w-]+)\\)`).exec(body);
    if (match?.[1]) return match[1];
  }
  throw new Error(`centers.css gives no ${property} colour to ${selector}`);
}

// Every text of the map is drawn on a halo of `stroke` colour, and every mark on the fills below.
const halo = token('.centers-map__label', 'stroke');
const grounds = [
  token('.centers-map__svg', 'background'),
  token('.centers-map__region', 'fill'),
  token('.centers-map__region--current', 'fill'),
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('the map’s colours in the %s scheme', (_, scheme) => {
  const ratio = (a: string, b: string) => contrastRatio(scheme[a] ?? '', scheme[b] ?? '');

  it('give every text 4.5:1 against what it is drawn on', () => {
    expect(token('.centers-map__region-name', 'stroke')).toBe(halo);
    for (const text of [
      token('.centers-map__region-name', 'fill'),
      token('.centers-map__label', 'fill'),
      token('.centers-map__origin .centers-map__label', 'fill'),
    ]) {
      expect(ratio(text, halo), `${text} on ${halo}`).toBeGreaterThanOrEqual(4.5);
    }
    const number = token('.centers-map__marker > text:not(.centers-map__label)', 'fill');
    const marker = token('.centers-map__marker circle', 'fill');
    expect(ratio(number, marker)).toBeGreaterThanOrEqual(4.5);
    expect(
      ratio(token('.center__number', 'color'), token('.center__number', 'background')),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('give the markers 3:1 against every ground they may sit on', () => {
    for (const mark of [
      token('.centers-map__marker circle', 'fill'),
      token('.centers-map__origin circle', 'stroke'),
    ]) {
      for (const ground of grounds) {
        expect(ratio(mark, ground), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
