import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLoaderConfig } from '../../../vite.config';

// `embed.js` runs on schools' pages, before anything of the app: it must stay one small classic
// script. Built here with the configuration `vite build` uses for it.
const BUDGET = 3 * 1024;

let dir = '';
let code = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'masari-embed-'));
  await build(embedLoaderConfig(dir, 'silent'));
  code = readFileSync(join(dir, 'embed.js'), 'utf8');
});

afterAll(() => {
  document.body.replaceChildren();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('embed.js, as built', () => {
  it(`weighs at most ${BUDGET} bytes with gzip -9`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET);
  });

  it('is one minified classic script that imports and requires nothing', () => {
    expect(() => new Script(code)).not.toThrow();
    expect(code).not.toMatch(/\b(import|require|export)\b/);
    expect(code.trim().split('\n')).toHaveLength(1);
    // Wrapped whole in a function, so that it declares nothing in the school's page.
    expect(code.trim()).toMatch(/^\(function\(\)\{.*\}\)\(\);?$/);
  });

  it('embeds the app for the script that loads it, and adds no global', () => {
    const globals = new Set(Object.keys(window));
    const script = document.createElement('script');
    script.src = 'https://masari.example/embed.js';
    script.dataset.lang = 'en';
    document.body.append(script);
    Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
    try {
      // Indirectly, as a page runs a script: in the global scope.
      (0, eval)(code);
    } finally {
      Reflect.deleteProperty(document, 'currentScript');
    }
    const iframe = script.nextElementSibling;
    expect(iframe).toBeInstanceOf(HTMLIFrameElement);
    expect(iframe).toHaveAttribute(
      'src',
      expect.stringMatching(/^https:\/\/masari\.example\/\?embed=1&lang=en&/),
    );
    expect(Object.keys(window).filter((key) => !globals.has(key))).toEqual([]);
  });
});
