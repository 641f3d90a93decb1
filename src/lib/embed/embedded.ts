let embedded: boolean | null = null;

/**
 * Whether this page runs inside a school's page, in embed mode (`?embed=1` before the `#`). Read
 * once per page load. Kept apart from the options (`mode.ts`), which only an embedded page needs:
 * the full app's first screen asks this question and carries nothing more.
 */
export function isEmbedded(): boolean {
  if (embedded === null) {
    const search = typeof window === 'undefined' ? '' : window.location.search;
    embedded = new URLSearchParams(search).get('embed') === '1';
  }
  return embedded;
}

/** Forgets the answer, so that the next call reads the address again (tests, via `mode.ts`). */
export function forgetEmbedded(): void {
  embedded = null;
}
