import names from 'virtual:catalogue/program-names';
import type { Localized } from './schemas';

/**
 * A program's name in every language, whichever languages of the catalogue are loaded: the
 * program page shows them side by side. Made from `programs.json` at build time, it is a few
 * kilobytes in the program page's chunk, where the text of the other languages would be tens.
 */
export function programNames(id: string): Localized | undefined {
  return names[id];
}
