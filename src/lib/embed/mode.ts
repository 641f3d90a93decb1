import { forgetEmbedded } from './embedded';
import { readEmbedOptions, type EmbedOptions } from './options';

let cached: { options: EmbedOptions | null } | null = null;

/**
 * The options of this page when a school's page embeds it (`?embed=1&…` before the `#`), or null
 * when Masari runs on its own. Read once per page load: the query before the `#` never changes
 * while the user moves between screens, and every part of the app must agree on the mode.
 */
export function embedOptions(): EmbedOptions | null {
  if (!cached) {
    const search = typeof window === 'undefined' ? '' : window.location.search;
    cached = { options: readEmbedOptions(search) };
  }
  return cached.options;
}

/** Forgets the options read so far, so that the next call reads the address again (tests). */
export function resetEmbedMode(): void {
  cached = null;
  forgetEmbedded();
}
