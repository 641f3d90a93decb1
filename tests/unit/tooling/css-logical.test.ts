// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Physical properties and values that do not follow the writing direction. */
const PHYSICAL = [
  /^\s*(margin|padding|border|inset)-(left|right|top|bottom)\b/,
  /^\s*(left|right|top|bottom)\s*:/,
  /^\s*(min-|max-)?(width|height)\s*:/,
  /^\s*overflow-(x|y)\s*:/,
  /^\s*float\s*:\s*(left|right)/,
  /^\s*(text-align|clear)\s*:\s*(left|right)/,
  /^\s*border-(top|bottom)-(left|right)-radius/,
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('stylesheets', () => {
  const files = cssFiles(join(process.cwd(), 'src'));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('use only logical properties, so that Arabic mirrors by itself', () => {
    const offences = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => PHYSICAL.some((pattern) => pattern.test(line)))
        .map(({ line, index }) => `${relative(process.cwd(), file)}:${index + 1}: ${line.trim()}`),
    );
    expect(offences).toEqual([]);
  });
});
