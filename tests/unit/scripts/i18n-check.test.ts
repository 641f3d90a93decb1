import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, type LocaleTree } from '../../../scripts/lib/i18n-check.mjs';

const arabicForms = {
  n_zero: '{{count}} دقيقة',
  n_one: 'دقيقة واحدة',
  n_two: 'دقيقتان',
  n_few: '{{count}} دقائق',
  n_many: '{{count}} دقيقة',
  n_other: '{{count}} دقيقة',
};

function tree(overrides: Partial<LocaleTree> = {}): LocaleTree {
  return {
    ar: { common: { title: 'مساري', ...arabicForms } },
    fr: {
      common: {
        title: 'Masari',
        n_one: '{{count}} minute',
        n_many: '{{count}} minutes',
        n_other: '{{count}} minutes',
      },
    },
    en: { common: { title: 'Masari', n_one: '{{count}} minute', n_other: '{{count}} minutes' } },
    ...overrides,
  };
}

describe('checkLocales', () => {
  it('accepts complete, consistent locales', () => {
    expect(checkLocales(tree())).toEqual([]);
  });

  it('reports a key missing from one language', () => {
    const problems = checkLocales(tree({ en: { common: { n_one: 'a', n_other: 'b' } } }));
    expect(problems).toContain('en/common.json: missing key "title"');
  });

  it('reports a missing namespace', () => {
    const problems = checkLocales({ ...tree(), en: {} });
    expect(problems).toContain('en/common.json: missing namespace');
  });

  it('reports an empty value', () => {
    const problems = checkLocales(
      tree({ fr: { common: { title: '  ', n_one: 'a', n_many: 'b', n_other: 'c' } } }),
    );
    expect(problems).toContain('fr/common.json: "title" is empty');
  });

  it('reports an Arabic plural lacking one of its six forms', () => {
    const { n_few: _few, ...fiveForms } = arabicForms;
    const problems = checkLocales(tree({ ar: { common: { title: 'مساري', ...fiveForms } } }));
    expect(problems).toEqual(['ar/common.json: plural "n" lacks the "few" form']);
  });

  it('reports a plural form that a language does not have', () => {
    const problems = checkLocales(
      tree({ en: { common: { title: 'Masari', n_one: 'a', n_few: 'b', n_other: 'c' } } }),
    );
    expect(problems).toEqual(['en/common.json: plural "n" has "few", unknown in en']);
  });

  it('reports interpolation variables that differ between languages', () => {
    const problems = checkLocales(
      tree({ en: { common: { title: 'Masari {{name}}', n_one: 'a', n_other: 'b' } } }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"title" uses different variables/);
  });

  it('passes on the project’s own locales', () => {
    const root = join(__dirname, '../../../locales');
    const real: LocaleTree = {};
    for (const lang of readdirSync(root)) {
      real[lang] = Object.fromEntries(
        readdirSync(join(root, lang)).map((file) => [
          file.replace(/\.json$/, ''),
          JSON.parse(readFileSync(join(root, lang, file), 'utf8')),
        ]),
      );
    }
    expect(Object.keys(real).sort()).toEqual(['ar', 'en', 'fr']);
    expect(checkLocales(real)).toEqual([]);
  });
});
