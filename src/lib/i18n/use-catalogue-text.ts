import { useTranslation } from 'react-i18next';
import type { Lang } from './languages';
import { useLang } from './use-lang';

/**
 * The active language, once the programs' and sectors' text is loaded in it (the `catalogue`
 * namespace): suspends until then, like `useTranslation`. A change of language re-renders the
 * caller once the new language's text is in. Every component that reads the catalogue's text
 * (`program.name[lang]`, `sector.description[lang]`…) takes `lang` from here, not `useLang`;
 * what reads the details (`program.description`, `program.skills`, `sector.facts`) takes it from
 * `useCatalogueDetails`.
 */
export function useCatalogueText(): Lang {
  useTranslation('catalogue');
  return useLang();
}

/**
 * The active language, once the catalogue's details are loaded in it as well as its brief text
 * (`catalogue-details`): the programs' descriptions and skills, the sectors' facts. Only what
 * shows them takes `lang` from here, so that lists and rankings paint without them.
 */
export function useCatalogueDetails(): Lang {
  useTranslation(['catalogue', 'catalogue-details']);
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
