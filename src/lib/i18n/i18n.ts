import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_CODES, type Lang } from './languages';

/**
 * Every locale file becomes its own chunk; only the active language's namespaces are fetched, when a
 * screen first needs them. The first screen therefore carries no other language.
 */
const localeLoaders = import.meta.glob<{ default: ResourceKey }>('../../../locales/*/*.json');

/** Path of a namespace file, as `import.meta.glob` keys it. */
export function localePath(lang: string, ns: string): string {
  return `../../../locales/${lang}/${ns}.json`;
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lang, ns, callback) {
    const load = localeLoaders[localePath(lang, ns)];
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

/**
 * Initialises i18n in `lang` (loading only that language's `common` namespace) or, when already
 * initialised, switches to it. Resolves once the resources are in, so nothing renders keys.
 */
export async function startI18n(lang: Lang): Promise<void> {
  initialising ??= i18n.init({
    lng: lang,
    supportedLngs: [...LANGUAGE_CODES],
    // Every language is complete (the i18n check enforces it), so no fallback language is loaded.
    fallbackLng: false,
    load: 'languageOnly',
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true, bindI18n: 'languageChanged loaded' },
  });
  await initialising;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}
