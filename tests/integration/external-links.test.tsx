import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_PORTAL } from '@/components/official-portal-link';
import type { Lang } from '@/lib/i18n/languages';
import ar from '../../locales/ar/common.json';
import en from '../../locales/en/common.json';
import fr from '../../locales/fr/common.json';
import { renderApp } from '../utils/render-app';

/** What every link that opens a new tab says, in each language. */
const NEW_TAB: Record<Lang, string> = { ar: ar.newTab, fr: fr.newTab, en: en.newTab };

/** The portal's address, as the texts that name it write it. */
const ADDRESS = 'myway.ac.ma';

/** The links on the screen that `keep` keeps. */
const links = (keep: (link: HTMLElement) => boolean) => screen.queryAllByRole('link').filter(keep);
const toPortal = (link: HTMLElement) => !!link.getAttribute('href')?.startsWith(OFFICIAL_PORTAL);
const inNewTab = (link: HTMLElement) => link.getAttribute('target') === '_blank';

/** The links whose accessible name ends with the phrase saying that they open a new tab. */
function linksSayingNewTab(lang: Lang): Set<HTMLElement> {
  return new Set(
    screen.queryAllByRole('link', {
      // Spaces as a reader hears them: the space before the phrase is unbreakable.
      name: (name) => name.replace(/\s+/g, ' ').endsWith(` ${NEW_TAB[lang]}`),
    }),
  );
}

/**
 * One link that opens a new tab: safe attributes, the phrase at the end of its name, and the
 * portal's address, wherever its words show it, in an element of its own that reads left to right.
 */
function expectNewTabLink(link: HTMLElement, lang: Lang) {
  const words = link.textContent ?? '';
  expect(link, words).toHaveAttribute('target', '_blank');
  expect(link, words).toHaveAttribute('rel', 'noopener noreferrer');
  expect(linksSayingNewTab(lang).has(link), `"${words}" says it opens a new tab`).toBe(true);
  const isolated = within(link).queryAllByText(ADDRESS);
  expect(isolated, `"${words}" isolates each mention of the address`).toHaveLength(
    words.split(ADDRESS).length - 1,
  );
  for (const address of isolated) expect(address).toHaveAttribute('dir', 'ltr');
}

/** Each screen with links to the portal, and how many it has at least. */
const SCREENS: readonly [route: string, atLeast: number][] = [
  // The footer's, on every screen.
  ['/', 1],
  ['/programs', 2],
  // Indicative, taught where the data does not say, by OFPPT: status, where, pre-registration.
  ['/programs/developpement-digital', 4],
  // Next steps and the footer (each program's own link is in its details, on demand).
  ['/results?riasec=20,90,15,20,20,85', 2],
  // The portal's search of each of the five nearest centers' towns.
  ['/centers?town=Tanger', 6],
];

describe('links that open a new tab', () => {
  describe.each<Lang>(['ar', 'fr', 'en'])('in %s', (lang) => {
    it.each(SCREENS)(
      '%s: every link to the official portal says so, safely, with its address LTR',
      async (route, atLeast) => {
        await renderApp(undefined, { route, lang });
        await screen.findByRole('heading', { level: 1 });
        await waitFor(() => expect(links(toPortal).length).toBeGreaterThanOrEqual(atLeast));
        for (const link of links(toPortal)) expectNewTabLink(link, lang);
        // The link's default words are the address itself.
        expect(links(toPortal).some((link) => within(link).queryByText(ADDRESS))).toBe(true);
      },
    );

    it.each(['/about', '/programs/developpement-digital', '/centers?town=Tanger'])(
      '%s: every other link that opens a new tab says so too',
      async (route) => {
        await renderApp(undefined, { route, lang });
        await screen.findByRole('heading', { level: 1 });
        expect(links((link) => inNewTab(link) && !toPortal(link)).length).toBeGreaterThan(0);
        for (const link of links(inNewTab)) expectNewTabLink(link, lang);
      },
    );
  });
});

describe('the official portal’s address', () => {
  it('is written once in the code, in the link every screen uses', () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(path);
        return /\.tsx?$/.test(entry.name) ? [path] : [];
      });
    const writers = sourceFiles(join(process.cwd(), 'src'))
      .filter((file) => readFileSync(file, 'utf8').includes('www.myway.ac.ma'))
      .map((file) => relative(process.cwd(), file));
    expect(writers).toEqual(['src/components/official-portal-link.tsx']);
  });
});
