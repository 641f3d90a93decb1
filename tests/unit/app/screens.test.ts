import { describe, expect, it, vi } from 'vitest';
import { screenOf } from '@/app/router';

describe('the screen a page opens on, read before React renders', () => {
  it.each([
    ['', ['home']],
    ['#/', ['home']],
    ['#/?lang=ar', ['home']],
    ['#/quiz?mode=quick&lang=fr', ['quiz', 'items']],
    ['#/results?riasec=70,20,10,30,40,60&lang=ar', ['results', 'profile']],
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

  it('the results paint their profile first: the catalogue, for the rankings, comes later', () => {
    expect(screenOf('#/results?riasec=70,20,10,30,40,60').later).toEqual(['catalogue']);
    expect(screenOf('#/programs').later).toBeUndefined();
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
  it('on the results, starts the catalogue’s download at once, and does not wait for it', async () => {
    const { downloadText } = await import('@/data/catalogue-text-download');
    const started = vi.spyOn(downloadText.catalogue, 'ar');
    const { prepareApp } = await import('@/app/bootstrap');
    const { i18n } = await import('@/lib/i18n/i18n');
    await prepareApp({ hash: '#/results?riasec=70,20,10,30,40,60&lang=ar', browserLangs: [] });
    expect(started).toHaveBeenCalled();
    for (const ns of ['common', 'results', 'profile']) {
      expect(i18n.hasLoadedNamespace(ns, { lng: 'ar' }), ns).toBe(true);
    }
    started.mockRestore();
  });
});
