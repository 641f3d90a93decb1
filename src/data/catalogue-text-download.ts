import type { TextLang } from './catalogue-slots';

/** One language's text of the catalogue, as the build cut it (`scripts/vite/catalogue-split.ts`). */
export type CatalogueTexts = { default: readonly unknown[] };

/**
 * Downloads one language's text of the catalogue: one chunk per language. Kept apart from the
 * module that writes the text into the catalogue, so that i18n can start this download together
 * with that module's, not after it (`src/lib/i18n/i18n.ts`).
 */
export const downloadCatalogueText: Record<TextLang, () => Promise<CatalogueTexts>> = {
  ar: () => import('virtual:catalogue/text/ar'),
  fr: () => import('virtual:catalogue/text/fr'),
  en: () => import('virtual:catalogue/text/en'),
};
