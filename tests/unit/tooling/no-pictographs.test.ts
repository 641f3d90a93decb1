// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * No emoji in the interface: where no emoji font is installed (many Linux desktops, older Android
 * builds, school computers) a pictograph shows as an empty box. Pictures are drawn as SVG
 * (`SectorIcon`, the header's icons), and everything else is said in words.
 */

const root = process.cwd();

/**
 * Pictographs: Unicode's Extended_Pictographic (emoji, and the arrows and signs that platforms
 * draw as emoji), the variation selector that asks for an emoji rendering, and the blocks of
 * signs that text fonts often lack (Miscellaneous Symbols, Dingbats, Miscellaneous Symbols and
 * Arrows: ★ ☆ ✓ ✗…). The arrows, maths signs and geometric shapes that every text font has
 * (← → × ≥ ▲) are text.
 */
const PICTOGRAPH = /[\p{Extended_Pictographic}\uFE0F\u2600-\u27BF\u2B00-\u2BFF]/u;

/**
 * Extended_Pictographic also holds ©, ® and ™, which are text by default and in every text font:
 * a copyright notice keeps its sign, unless it is asked to be drawn as emoji (U+FE0F after it).
 */
const TEXT_SIGNS = new Set(['\u00A9', '\u00AE', '\u2122']);

/** The pictographs of a line: each as `U+XXXX` with the character, in order. */
function pictographsIn(line: string): string[] {
  const chars = [...line];
  return chars.flatMap((char, index) => {
    if (!PICTOGRAPH.test(char)) return [];
    if (TEXT_SIGNS.has(char) && chars[index + 1] !== '\uFE0F') return [];
    const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return [`U+${code} ${char}`];
  });
}

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** `file:line: U+XXXX …` for each line that holds a pictograph. */
function offences(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const found = pictographsIn(line);
        return found.length === 0
          ? []
          : [`${relative(root, file)}:${index + 1}: ${found.join(', ')}`];
      }),
  );
}

describe('the pictograph finder', () => {
  it('finds emoji, emoji-style arrows and symbols, and the emoji variation selector', () => {
    expect(pictographsIn('Digital 💻')).toEqual(['U+1F4BB 💻']);
    expect(pictographsIn('✈️')).toEqual(['U+2708 ✈', 'U+FE0F \uFE0F']);
    expect(pictographsIn('sort ↕ ★ ☆ ⚠ ✔ ✓ ✗')).toHaveLength(7);
  });

  it('lets text signs, letters, digits and typographic marks through', () => {
    expect(pictographsIn('© 2024 · licence MIT – « × » … ← → ≥ 0,5 ١٢ مساري')).toEqual([]);
    expect(pictographsIn('©\uFE0F')).toHaveLength(2);
  });
});

describe('the interface', () => {
  const locales = readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => filesUnder(join(root, 'locales', entry.name), ['.json']));
  const sources = filesUnder(join(root, 'src'), ['.ts', '.tsx', '.css', '.json', '.svg']);

  it('is scanned: every locale file, the source and the dataset', () => {
    expect(locales.length).toBeGreaterThanOrEqual(3);
    expect(sources.some((file) => file.endsWith(join('src', 'data', 'sectors.json')))).toBe(true);
    expect(sources.some((file) => file.endsWith('.tsx'))).toBe(true);
  });

  it('holds no emoji in the translations', () => {
    expect(offences(locales)).toEqual([]);
  });

  it('holds no emoji in the source, the stylesheets or the dataset', () => {
    expect(offences([...sources, join(root, 'index.html')])).toEqual([]);
  });
});
