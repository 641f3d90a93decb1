import i18next, { type BackendModule, type CustomTypeOptions, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { downloadText } from '@/data/catalogue-text-download';
import { isLang, LANGUAGE_CODES, type Lang } from './languages';

/**
 * Every locale file becomes its own chunk; only the active language's namespaces are fetched, when a
 * screen first needs them. The first screen therefore carries no other language.
 */
const localeLoaders = import.meta.glob<{ default: ResourceKey }>('../../../locales/*/*.json');

/** Path of a namespace file, as `import.meta.glob` keys it. */
export function localePath(lang: string, ns: string): string {
  return `../../../locales/${lang}/${ns}.json`;
}

/**
 * The `catalogue`, `catalogue-details` and `items` namespaces have no locale file and no string:
 * loading one writes one language's text of the programs and sectors, brief or details
 * (`src/data/catalogue-text.ts`), or of the
 * questionnaire's items (`src/data/items.ts`), into the dataset, so that every screen showing them
 * waits for it like for its own strings, and a change of language fills the new language in
 * before the screens re-render. Imported on demand: not on the first screen. The text's download
 * starts with the module that writes it, not once that module has arrived.
 */
const textWriters = {
  catalogue: () => import('@/data/catalogue-text').then((module) => module.loadCatalogueText),
  'catalogue-details': () =>
    import('@/data/catalogue-text').then((module) => module.loadCatalogueDetails),
  items: () => import('@/data/items').then((module) => module.loadItemText),
};

function datasetTextLoader(
  lang: string,
  ns: string,
): (() => Promise<{ default: ResourceKey }>) | undefined {
  if (!isLang(lang) || !(ns === 'catalogue' || ns === 'catalogue-details' || ns === 'items'))
    return undefined;
  return () => {
    const download = downloadText[ns][lang]();
    // Its failure is reported through the writer's promise below, or by this one if that fails.
    download.catch(() => undefined);
    return textWriters[ns]()
      .then((write) => write(lang, download))
      .then(() => ({ default: {} }));
  };
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lang, ns, callback) {
    const load = datasetTextLoader(lang, ns) ?? localeLoaders[localePath(lang, ns)];
    if (!load) {
      callback(new Error(`No translations for ${lang}/${ns}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The app's single i18next instance. */
export const i18n = i18next.createInstance();

i18n.use(lazyBackend).use(initReactI18next);

let initialising: Promise<unknown> | null = null;

/** A namespace a screen may ask for: a locale file's name, or the dataset's text. */
export type Namespace = keyof CustomTypeOptions['resources'];

/**
 * Initialises i18n in `lang`, loading that language's `common` namespace and, at the same time,
 * the `namespaces` of the screen the page opens on; or, when already initialised, switches to it
 * and loads those namespaces. Resolves once the resources are in, so nothing renders keys.
 */
export async function startI18n(lang: Lang, namespaces: readonly Namespace[] = []): Promise<void> {
  initialising ??= i18n.init({
    lng: lang,
    supportedLngs: [...LANGUAGE_CODES],
    // Every language is complete (the i18n check enforces it), so no fallback language is loaded.
    fallbackLng: false,
    load: 'languageOnly',
    ns: ['common', ...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true, bindI18n: 'languageChanged loaded' },
  });
  await initialising;
  // Already initialised (a second start, as in tests): the language first, then the screen's
  // namespaces, which load in the active language.
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  await i18n.loadNamespaces([...namespaces]);
}
