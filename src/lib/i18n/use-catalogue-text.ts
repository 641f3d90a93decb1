import { useTranslation } from 'react-i18next';
import type { Lang } from './languages';
import { useLang } from './use-lang';

/**
 * The active language, once the programs' and sectors' text is loaded in it (the `catalogue`
 * namespace): suspends until then, like `useTranslation`. A change of language re-renders the
 * caller once the new language's text is in. Every component that reads the catalogue's text
 * (`program.name[lang]`, `sector.description[lang]`…) takes `lang` from here, not `useLang`.
 */
export function useCatalogueText(): Lang {
  useTranslation('catalogue');
  return useLang();
}

/**
 * The active language, once the questionnaire items' text is loaded in it (the `items`
 * namespace): suspends until then. Every component that reads `item.text[lang]` takes `lang`
 * from here.
 */
export function useItemText(): Lang {
  useTranslation('items');
  return useLang();
}
