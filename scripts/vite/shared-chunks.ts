import type { Plugin } from 'vite';

export interface SharedChunksOptions {
  /** A module joins the shared chunk when at least this many lazily loaded parts need it. */
  minUsers: number;
  /** …and when its code, after transformation and before minification, is at most this long. */
  maxCode: number;
  /**
   * Modules that stay with the screens that import them, however many do: code that only a few
   * of the screens loading the shared chunk use, which the others should not download.
   */
  keepOut?: readonly RegExp[];
}

/**
 * Fewer, larger chunks for the lazily loaded screens.
 *
 * Left to itself, the bundler gives every set of screens that shares a module a chunk of its own:
 * the results screen came in 25 files beyond the first screen's, most under 1 kB gzip. Over
 * HTTP/1.1 (a school's intranet, some hosts) a browser fetches six files at a time from one host,
 * and each round of six costs a round trip before the screen can paint.
 *
 * This plugin picks the small modules that several screens need into one `shared` chunk, which
 * `sharedGroup` turns into a code-splitting group. Three rules keep it from costing more than it
 * saves:
 * - modules of the first screen stay where they are: they ship with the entry, and moving them
 *   would make the home screen download what only other screens need;
 * - a module goes in only with everything it imports (beyond the first screen's modules): a small
 *   module that imports a large one (the town picker and its town list) would otherwise make every
 *   screen load the large one;
 * - a module that is only ever loaded on demand (a screen, a part of a screen) keeps its own
 *   chunk.
 * The dataset's modules stay out by the second rule: they import the data's own chunks. So do the
 * modules of `keepOut`, and with them every module that imports one.
 */
export function sharedChunks({ minUsers, maxCode, keepOut = [] }: SharedChunksOptions) {
  const shared = new Set<string>();
  const plugin: Plugin = {
    name: 'masari:shared-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const importsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      /** Every module `roots` import statically, directly or not, short of `stop`'s. */
      const reach = (roots: readonly string[], stop: ReadonlySet<string> = new Set()) => {
        const seen = new Set<string>();
        const stack = [...roots];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id) || stop.has(id)) continue;
          seen.add(id);
          stack.push(...importsOf(id));
        }
        return seen;
      };
      const firstScreen = reach(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      const onDemand = ids.filter(
        (id) => (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0,
      );
      const users = new Map<string, number>();
      for (const root of onDemand) {
        for (const id of reach([root], firstScreen)) users.set(id, (users.get(id) ?? 0) + 1);
      }

      shared.clear();
      for (const id of ids) {
        const info = this.getModuleInfo(id);
        if (!info || !/[\\/]src[\\/]/.test(id) || firstScreen.has(id)) continue;
        if (info.importers.length === 0) continue;
        if (keepOut.some((pattern) => pattern.test(id))) continue;
        if ((users.get(id) ?? 0) < minUsers || (info.code?.length ?? Infinity) > maxCode) continue;
        shared.add(id);
      }
      // Out goes every module that imports one left out, until none does.
      for (let changed = true; changed;) {
        changed = false;
        for (const id of shared) {
          if (importsOf(id).some((dep) => !firstScreen.has(dep) && !shared.has(dep))) {
            shared.delete(id);
            changed = true;
          }
        }
      }
    },
  };
  return {
    plugin,
    /** The code-splitting group of the chosen modules (`build.rolldownOptions.output`). */
    group: {
      name: 'shared',
      test: (id: string) => shared.has(id),
      // The chosen modules only: what they import is either chosen too or the first screen's.
      includeDependenciesRecursively: false,
    },
  };
}
