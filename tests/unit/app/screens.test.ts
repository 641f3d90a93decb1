import { describe, expect, it } from 'vitest';
import { screenOf } from '@/app/router';

describe('the screen a page opens on, read before React renders', () => {
  it.each([
    ['', ['home']],
    ['#/', ['home']],
    ['#/?lang=ar', ['home']],
    ['#/quiz?mode=quick&lang=fr', ['quiz', 'items']],
    ['#/results?riasec=70,20,10,30,40,60&lang=ar', ['results', 'profile', 'catalogue']],
    ['#/programs?q=cuisine', ['programs', 'profile', 'catalogue']],
    [
      '#/programs/developpement-digital?lang=en',
      ['programs', 'profile', 'catalogue', 'catalogue-details'],
    ],
    ['#/centers?town=tata', ['centers']],
    ['#/counselor', ['counselor']],
    ['#/embed', ['embed']],
    ['#/about?section=privacy', ['about']],
    ['#/no-such-page', ['pages']],
  ])('%s needs the strings %j on its first paint', (hash, namespaces) => {
    expect(screenOf(hash).namespaces).toEqual(namespaces);
  });

  it('starts the code of a lazy screen, the same module React renders', async () => {
    const component = await screenOf('#/about').load();
    const again = await import('@/features/about/about-page');
    expect(component).toBe(again.default);
  });
});

describe('the start of a page', () => {
  it('has the screen’s strings and the catalogue’s text in before the first render', async () => {
    const { prepareApp } = await import('@/app/bootstrap');
    const { i18n } = await import('@/lib/i18n/i18n');
    await prepareApp({ hash: '#/programs/developpement-digital?lang=fr', browserLangs: [] });
    for (const ns of ['common', 'programs', 'profile', 'catalogue', 'catalogue-details']) {
      expect(i18n.hasLoadedNamespace(ns, { lng: 'fr' }), ns).toBe(true);
    }
  });
});
