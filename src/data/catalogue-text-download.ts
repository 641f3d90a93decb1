import type { TextChunk, TextLang } from './catalogue-slots';

/**
 * The downloads of one language's text of the catalogue (its brief and its details) and of the
 * questionnaire's items: one chunk per language and part (`scripts/vite/catalogue-split.ts`). Kept apart from the modules
 * that write the text in, so that i18n can start a download together with that module's, not
 * after it (`src/lib/i18n/i18n.ts`).
 */
export const downloadText: Record<
  'catalogue' | 'catalogue-details' | 'items',
  Record<TextLang, () => Promise<TextChunk>>
> = {
  catalogue: {
    ar: () => import('virtual:catalogue/text/ar'),
    fr: () => import('virtual:catalogue/text/fr'),
    en: () => import('virtual:catalogue/text/en'),
  },
  'catalogue-details': {
    ar: () => import('virtual:catalogue/details/ar'),
    fr: () => import('virtual:catalogue/details/fr'),
    en: () => import('virtual:catalogue/details/en'),
  },
  items: {
    ar: () => import('virtual:items/text/ar'),
    fr: () => import('virtual:items/text/fr'),
    en: () => import('virtual:items/text/en'),
  },
};
