import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n/languages';
import { renderApp } from '../utils/render-app';

/** Every route of the design, with the first heading it shows in each language. */
const ROUTES: { route: string; h1: Record<Lang, string> }[] = [
  {
    route: '/',
    h1: {
      ar: 'اكتشاف التكوين الذي يناسبك',
      fr: 'Trouvez la formation qui vous ressemble',
      en: 'Find the training that fits you',
    },
  },
  { route: '/quiz?mode=quick', h1: { ar: 'الاستبيان', fr: 'Questionnaire', en: 'Questionnaire' } },
  { route: '/results', h1: { ar: 'النتائج', fr: 'Vos résultats', en: 'Your results' } },
  {
    route: '/results?riasec=70,20,10,30,40,60',
    h1: { ar: 'النتائج', fr: 'Vos résultats', en: 'Your results' },
  },
  { route: '/programs', h1: { ar: 'شُعَب التكوين', fr: 'Formations', en: 'Training programmes' } },
  {
    route: '/programs/some-program',
    h1: { ar: 'الشعبة غير موجودة', fr: 'Formation introuvable', en: 'Programme not found' },
  },
  {
    route: '/programs/developpement-digital',
    h1: { ar: 'التطوير الرقمي', fr: 'Développement Digital', en: 'Digital Development' },
  },
  {
    route: '/centers?near=33.97,-6.85',
    h1: { ar: 'مراكز التوجيه', fr: "Centres d'orientation", en: 'Career guidance centres' },
  },
  {
    route: '/counselor',
    h1: { ar: 'جلسات التوجيه', fr: 'Séances de conseil', en: 'Counsellor sessions' },
  },
  {
    route: '/embed',
    h1: {
      ar: 'مساري على موقع المؤسسة',
      fr: 'Masari sur le site de votre établissement',
      en: "Masari on your school's website",
    },
  },
  { route: '/about', h1: { ar: 'حول مساري', fr: 'À propos de Masari', en: 'About Masari' } },
  {
    route: '/no/such/page',
    h1: { ar: 'الصفحة غير موجودة', fr: 'Page introuvable', en: 'Page not found' },
  },
];

const DIR: Record<Lang, string> = { ar: 'rtl', fr: 'ltr', en: 'ltr' };

describe.each(['ar', 'fr', 'en'] as const)('every route in %s', (lang) => {
  it.each(ROUTES)('$route', async ({ route, h1 }) => {
    const separator = route.includes('?') ? '&' : '?';
    await renderApp(undefined, { route: `${route}${separator}lang=${lang}` });
    // The counselor route loads the results and the questionnaire with it: allow it time.
    expect(await screen.findByRole('heading', { level: 1, name: h1[lang] })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
    expect(document.documentElement.dir).toBe(DIR[lang]);
    expect(screen.getAllByRole('navigation')).toHaveLength(2);
    expect(document.title).toContain(lang === 'ar' ? 'مساري' : 'Masari');
  });
});

describe('navigation', () => {
  it('marks the current page and moves focus to the new content', async () => {
    const { user } = await renderApp(undefined, { route: '/', lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(screen.getAllByRole('link', { name: 'Home' })[0]).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(screen.getByRole('link', { name: 'About' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Masari' }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'About' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('skips to the main content without changing the route', async () => {
    const { user } = await renderApp(undefined, { route: '/about', lang: 'fr' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: 'Aller au contenu principal' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/about');
  });

  it('opens the about page at its privacy part from the footer link', async () => {
    const { user } = await renderApp(undefined, { route: '/', lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: 'Privacy' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Privacy' });
    expect(heading).toHaveFocus();
  });
});
