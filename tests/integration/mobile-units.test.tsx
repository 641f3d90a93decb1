import { screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { season } from '@/data/season';
import arAbout from '../../locales/ar/about.json';
import arCenters from '../../locales/ar/centers.json';
import { renderApp } from '../utils/render-app';

/** Arabic as the app has it: the noun after a number takes one of six forms. */
async function arabic() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'ar',
    resources: { ar: { about: arAbout, centers: arCenters } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('the mobile units, in Arabic', () => {
  it('say their number with the form of the noun it needs, on the about page', async () => {
    // The season's figures: 26 units and 950 seats both take the singular accusative.
    expect(season.mobileUnits).toMatchObject({ units: 26, seatsPerYear: 950 });
    const sentence = '26 وحدةً متنقلةً للتكوين، بحوالي 950 مقعدًا في السنة،';
    await renderApp(undefined, { route: '/about', lang: 'ar' });
    expect(await screen.findByText(new RegExp(`^${sentence}`))).toBeInTheDocument();
  });

  it('on the centers page too', async () => {
    await renderApp(undefined, { route: '/centers', lang: 'ar' });
    expect(await screen.findByTestId('mobile-units')).toHaveTextContent(
      /^26 وحدةً متنقلةً للتكوين، بحوالي 950 مقعدًا في السنة، .* إحداها قرب مقر سكنك\.$/,
    );
  });

  it.each([
    [1, 'وحدة متنقلة واحدة للتكوين', 'بحوالي مقعد واحد في السنة'],
    [2, 'وحدتان متنقلتان للتكوين', 'بحوالي مقعدين في السنة'],
    [3, '3 وحدات متنقلة للتكوين', 'بحوالي 3 مقاعد في السنة'],
    [10, '10 وحدات متنقلة للتكوين', 'بحوالي 10 مقاعد في السنة'],
    [11, '11 وحدةً متنقلةً للتكوين', 'بحوالي 11 مقعدًا في السنة'],
    [100, '100 وحدة متنقلة للتكوين', 'بحوالي 100 مقعد في السنة'],
    [950, '950 وحدةً متنقلةً للتكوين', 'بحوالي 950 مقعدًا في السنة'],
  ])('%i: “%s”, “%s”', async (count, units, seats) => {
    const i18n = await arabic();
    for (const [ns, unitsKey, seatsKey] of [
      ['about', 'season.mobileUnits', 'season.mobileSeats'],
      ['centers', 'inclusion.mobile', 'inclusion.mobileSeats'],
    ] as const) {
      const t = i18n.getFixedT('ar', ns);
      const seatsText = t(seatsKey, { count, formatted: String(count) });
      expect(seatsText).toBe(seats);
      const text = t(unitsKey, { count, units: String(count), seats: seatsText, places: 'طاطا' });
      expect(text).toMatch(new RegExp(`^${units}، ${seats}، `));
    }
  });

  it('0: none, with no number', async () => {
    const t = (await arabic()).getFixedT('ar', 'about');
    expect(t('season.mobileUnits', { count: 0, units: '0', seats: '', places: '' })).toBe(
      'لا تتنقل حاليًا أي وحدة متنقلة للتكوين إلى المناطق النائية.',
    );
  });
});
