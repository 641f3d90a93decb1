import core from 'virtual:items/core';
import { textLoader, type TextChunk, type TextLang } from './catalogue-slots';
import { downloadText } from './catalogue-text-download';
import type { Item } from './schemas';

/**
 * The 60 activity items, 10 per type (validated by `npm run data:check`), split by language at
 * build time like the catalogue: each item's `text` receives its languages as they load
 * (`loadItemText`, through i18next's `items` namespace). Read an item's text in the language
 * `useItemText()` gives, which waits for it.
 */
export const items = core as unknown as readonly Item[];

const loader = textLoader(core, downloadText.items);

/** Downloads `lang`'s text of the items and writes it into them, once (see `textLoader`). */
export function loadItemText(lang: TextLang, download?: Promise<TextChunk>): Promise<void> {
  return loader.load(lang, download);
}

const quickItems = items.filter((item) => item.quick);

/** The items of a form: all 60 for the full form, the 30 marked `quick` for the quick one. */
export function formItems(form: 'quick' | 'full'): readonly Item[] {
  return form === 'quick' ? quickItems : items;
}
