// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_EXCEPTIONS,
  GLOSSARY_RULES,
  type GlossaryRule,
} from '../../../scripts/glossary-rules.mjs';
import {
  checkGlossary,
  compileRule,
  datasetEntries,
  describeFinding,
  type Lang,
  localeEntries,
  normalizeArabic,
  type TextEntry,
} from '../../../scripts/lib/glossary-check.mjs';

const ROOT = join(__dirname, '../../..');

const entry = (lang: Lang, text: string, path = 'key'): TextEntry => ({
  file: `locales/${lang}/test.json`,
  path,
  lang,
  text,
});

/** What the project's rules find in one string, as written there. */
const found = (lang: Lang, text: string) =>
  checkGlossary([entry(lang, text)], GLOSSARY_RULES, GLOSSARY_EXCEPTIONS).map((f) => f.found);

describe('the glossary check', () => {
  it('reports a planted variant with its file, key path and the term to use', () => {
    const messages = { results: { programs: { indicative: 'إرشادي' } } };
    const findings = checkGlossary(
      localeEntries('locales/ar/results.json', 'ar', messages),
      GLOSSARY_RULES,
      GLOSSARY_EXCEPTIONS,
    );
    expect(findings.map(describeFinding)).toEqual([
      expect.stringMatching(
        /^locales\/ar\/results\.json: results\.programs\.indicative: "إرشادي" → use "للاستئناس" \(.+\)$/,
      ),
    ]);
  });

  it('passes a clean file', () => {
    const messages = {
      title: 'شُعَب التكوين',
      badge: 'للاستئناس',
      score: 'درجة ميلك إلى كل نمط، من 0 إلى 100',
      n_many: '{{count}} شعبةً',
    };
    expect(
      checkGlossary(
        localeEntries('locales/ar/programs.json', 'ar', messages),
        GLOSSARY_RULES,
        GLOSSARY_EXCEPTIONS,
      ),
    ).toEqual([]);
    expect(found('en', 'Find the nearest career guidance centre and a counsellor.')).toEqual([]);
    expect(found('fr', 'Seules les formations accessibles depuis votre niveau.')).toEqual([]);
  });

  it('catches an Arabic word under its prefixes, pronouns and vowel marks', () => {
    expect(found('ar', 'يختار والمسلك، وبمسلكها، وللمسالك، ثم المَسْلَك.')).toEqual([
      'والمسلك',
      'وبمسلكها',
      'وللمسالك',
      'المَسْلَك',
    ]);
    expect(found('ar', 'كل البرامج وبرنامجهم ثم برنامجًا واحدًا')).toEqual([
      'البرامج',
      'وبرنامجهم',
      'برنامجًا',
    ]);
    // A taa marbuta turns into taa before an ending: نقطة → نقطتك، نقطتان.
    expect(found('ar', 'نقطتك ونقطتان')).toEqual(['نقطتك', 'ونقطتان']);
    // A phrase rule, with a prefix on its first word.
    expect(found('ar', 'وهذا التكوين مفيد')).toEqual(['وهذا التكوين']);
    // Hamza forms are read alike: ارشادي is إرشادي.
    expect(found('ar', 'ارشادي')).toEqual(['ارشادي']);
  });

  it('leaves alone words that merely contain the letters', () => {
    // انقطاع holds نقط, سلك and مسلكي hold مسلك's letters, البرمجة holds برمج.
    expect(found('ar', 'انقطاع التيار في سلك مسلكي والبرمجة والبرمجيات')).toEqual([]);
    expect(found('en', 'Programming, programmable robots and programmes.')).toEqual([]);
    expect(found('fr', 'La programmation des formations.')).toEqual([]);
  });

  it('allows a word where it means something else', () => {
    // مسلك is right for a baccalauréat track, برنامج for a computer program, نقطة for a shop.
    expect(found('ar', 'تقتصر بعض الشُّعَب على مسالك معينة من الباكالوريا.')).toEqual([]);
    expect(found('ar', 'كتابة برنامج معلوماتي يحل لغزًا')).toEqual([]);
    expect(found('ar', 'تسيير نقطة بيع وتسيير ونقطة بيع')).toEqual([]);
    expect(found('ar', 'الصناعة التقليدية والنسيج التقليدي')).toEqual([]);
    expect(found('ar', 'التقليدي: التنظيم ومسك السجلات')).toEqual(['التقليدي']);
    expect(found('en', 'Write a computer program that solves a puzzle.')).toEqual([]);
    expect(found('fr', 'Le technicien installe et programme ces objets.')).toEqual([]);
    // Interpolation variables are code.
    expect(found('en', 'Closest: {{programs}}')).toEqual([]);
  });

  it('honours an exception, and only the exception', () => {
    const onet =
      'This product uses the O*NET Database developed by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.';
    expect(found('en', `${onet} Masari changed each programme's profile.`)).toEqual([]);
    expect(found('en', 'Coordinates of towns, used under the CC BY 4.0 license.')).toEqual([
      'license',
    ]);
    // مُسلِّك (a wirer) is written with its vowels; مسلك (a track) is not excused by it.
    expect(found('ar', 'مُركِّب ومُسلِّك كهربائي')).toEqual([]);
    expect(found('ar', 'مُسلِّك الخزانات في هذا المسلك')).toEqual(['المسلك']);
    // A region keeps its official name; the city has its English one.
    expect(found('en', 'Tanger-Tétouan-Al Hoceïma region, in Tanger')).toEqual(['Tanger']);
  });

  it('applies a custom rule and exception list, as a maintainer would add them', () => {
    const rule: GlossaryRule = {
      lang: 'fr',
      variant: 'cursus',
      use: 'formation',
      reason: 'test',
      pattern: 'cursus',
    };
    const entries = [entry('fr', 'Ce cursus, le Cursus Honoris de Rabat, un cursus.')];
    expect(checkGlossary(entries, [rule]).map((f) => f.found)).toEqual([
      'cursus',
      'Cursus',
      'cursus',
    ]);
    const exceptions = [{ lang: 'fr' as const, text: 'Cursus Honoris', reason: 'a name' }];
    expect(checkGlossary(entries, [rule], exceptions).map((f) => f.found)).toEqual([
      'cursus',
      'cursus',
    ]);
  });

  it('reads the dataset’s { ar, fr, en } texts, named by id, and not its search words', () => {
    const programs = [
      {
        id: 'demo',
        officialName: 'Filière Démo',
        name: { ar: 'شعبة', fr: 'Démo', en: 'Demo' },
        keywords: { ar: ['مسلك'], fr: ['filière'], en: ['program'] },
        jobs: [{ ar: 'مسلك', fr: 'Métier', en: 'Job' }],
      },
    ];
    const entries = datasetEntries('src/data/programs.json', programs);
    expect(entries.map((e) => `${e.path}=${e.text}`)).toEqual([
      '[demo].name.ar=شعبة',
      '[demo].name.fr=Démo',
      '[demo].name.en=Demo',
      '[demo].jobs[0].ar=مسلك',
      '[demo].jobs[0].fr=Métier',
      '[demo].jobs[0].en=Job',
    ]);
    expect(
      checkGlossary(entries, GLOSSARY_RULES, GLOSSARY_EXCEPTIONS).map(describeFinding),
    ).toEqual([
      expect.stringMatching(/^src\/data\/programs\.json: \[demo\]\.jobs\[0\]\.ar: "مسلك"/),
    ]);
  });

  it('ignores vowel marks and reads hamza forms alike, keeping the way back to the text', () => {
    const { normal, index } = normalizeArabic('إِرْشَادِيّ');
    expect(normal).toBe('ارشادي');
    expect(index).toHaveLength(normal.length);
  });
});

describe('the rules', () => {
  it('each compile, give a term and a reason, and are not listed twice', () => {
    for (const rule of GLOSSARY_RULES) {
      expect(() => compileRule(rule)).not.toThrow();
      expect(rule.use.trim()).not.toBe('');
      expect(rule.reason.trim()).not.toBe('');
    }
    const keys = GLOSSARY_RULES.map((rule) => `${rule.lang} ${rule.variant}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are all in the glossary, each with its term in the same table row', () => {
    const rows = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const missing = GLOSSARY_RULES.filter(
      (rule) => !rows.some(([variant, use]) => variant === rule.variant && use === rule.use),
    ).map((rule) => `${rule.lang}: ${rule.variant}`);
    expect(missing).toEqual([]);
  });

  it('are followed by the project’s locales and dataset', () => {
    const entries: TextEntry[] = [];
    for (const lang of ['ar', 'fr', 'en'] as const) {
      for (const file of readdirSync(join(ROOT, 'locales', lang))) {
        const messages: unknown = JSON.parse(
          readFileSync(join(ROOT, 'locales', lang, file), 'utf8'),
        );
        entries.push(...localeEntries(`locales/${lang}/${file}`, lang, messages));
      }
    }
    for (const file of readdirSync(join(ROOT, 'src/data')).filter((f) => f.endsWith('.json'))) {
      const data: unknown = JSON.parse(readFileSync(join(ROOT, 'src/data', file), 'utf8'));
      entries.push(...datasetEntries(`src/data/${file}`, data));
    }
    expect(entries.length).toBeGreaterThan(5000);
    expect(
      checkGlossary(entries, GLOSSARY_RULES, GLOSSARY_EXCEPTIONS).map(describeFinding),
    ).toEqual([]);
  });
});
