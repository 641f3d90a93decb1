import type { TextChunk, TextLang } from './catalogue-slots';

/**
 * The downloads of one language's text of the catalogue and of the questionnaire's items: one
 * chunk per language and dataset (`scripts/vite/catalogue-split.ts`). Kept apart from the modules
 * that write the text in, so that i18n can start a download together with that module's, not
 * after it (`src/lib/i18n/i18n.ts`).
 */
export const downloadText: Record<
  'catalogue' | 'items',
  Record<TextLang, () => Promise<TextChunk>>
> = {
  catalogue: {
    ar: () => import('virtual:catalogue/text/ar'),
    fr: () => import('virtual:catalogue/text/fr'),
    en: () => import('virtual:catalogue/text/en'),
  },
  items: {
    ar: () => import('virtual:items/text/ar'),
    fr: () => import('virtual:items/text/fr'),
    en: () => import('virtual:items/text/en'),
  },
};
