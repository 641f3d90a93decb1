import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NoticeKind } from '@/domain/reading';
import { RIASEC_TYPES, type RiasecType } from '@/domain/riasec';
import { GroupCharts } from '@/features/counselor/group-charts';
import type { GroupChartsProps } from '@/features/counselor/group-charts';
import { renderApp } from '../utils/render-app';

type Summary = GroupChartsProps['summaries'][number];

function summary(code: RiasecType[][], notice: NoticeKind | null, sector: string): Summary {
  return {
    reading: { code, consistency: 'undetermined', notice },
    sectors: [{ id: sector, fit: 80, band: notice === null ? 'strong' : 'good' }],
  };
}

/**
 * Four participants: S leads twice (once alone, once before A), I and C tie once, and one
 * profile has no type ahead and a notice, so it counts in no sector.
 */
const group: Summary[] = [
  summary([['S']], null, 'health'),
  summary([['S'], ['A']], null, 'health'),
  summary([['I', 'C']], null, 'digital-ai'),
  summary([], 'undifferentiated', 'construction'),
];

/** A bar as drawn: its row's key, name and figures, and where its fill lies (0–100). */
interface Bar {
  key: string;
  name: string;
  value: string;
  x: string | null;
  width: string | null;
}

function bars(figure: HTMLElement): Bar[] {
  return within(figure)
    .getAllByRole('listitem')
    .map((item) => {
      // The bars are hidden from assistive technology by design: only the DOM shows their geometry.
      // eslint-disable-next-line testing-library/no-node-access
      const fill = item.querySelector('.group-chart__fill');
      return {
        key: item.dataset.type ?? item.dataset.sectorId ?? '',
        name: item.querySelector('.group-chart__label')?.textContent?.trim() ?? '',
        value: item.querySelector('.group-chart__value')?.textContent ?? '',
        x: fill?.getAttribute('x') ?? null,
        width: fill?.getAttribute('width') ?? null,
      };
    });
}

/** Each bar's name and figures as the chart writes them, in order. */
const figures = (figure: HTMLElement): string[][] =>
  bars(figure).map(({ name, value }) => [name, value]);

const barOf = (figure: HTMLElement, key: string): Bar | undefined =>
  bars(figure).find((bar) => bar.key === key);

/** How many elements a rendering holds. */
// eslint-disable-next-line testing-library/no-node-access
const elementCount = (root: HTMLElement): number => root.querySelectorAll('*').length;

/** The table's rows as name, count and share. */
function tableRows(figure: HTMLElement): string[][] {
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
    );
}

describe('the group charts', () => {
  it('shows each type and first sector with its count and share of the group', async () => {
    await renderApp(<GroupCharts summaries={group} />, { lang: 'en' });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'The group at a glance' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('4 participants. Each share is a share of the whole group.'),
    ).toBeInTheDocument();

    const types = screen.getByRole('figure', { name: 'Leading types' });
    expect(types).toHaveAccessibleDescription(/counted once for each of them/);
    expect(figures(types)).toEqual([
      ['R Realistic', '0 (0%)'],
      ['I Investigative', '1 (25%)'],
      ['A Artistic', '0 (0%)'],
      ['S Social', '2 (50%)'],
      ['E Enterprising', '0 (0%)'],
      ['C Conventional', '1 (25%)'],
      ['No type really ahead', '1 (25%)'],
    ]);

    const sectors = screen.getByRole('figure', { name: 'First sectors' });
    expect(figures(sectors)).toEqual([
      ['Health', '2 (50%)'],
      ['Digital & AI', '1 (25%)'],
      ['No reliable direction', '1 (25%)'],
    ]);
  });

  it('gives the same figures as a table, behind a button that says whether it is open', async () => {
    const { user } = await renderApp(<GroupCharts summaries={group} />, { lang: 'en' });
    const sectors = await screen.findByRole('figure', { name: 'First sectors' });
    expect(within(sectors).queryByRole('table')).not.toBeInTheDocument();

    const toggle = within(sectors).getByRole('button', {
      name: 'Show the first sectors as a table',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the table of first sectors');

    const table = within(sectors).getByRole('table', { name: 'First sectors' });
    expect(toggle).toHaveAttribute('aria-controls', table.id);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Sector', 'Participants', 'Share of the group']);
    expect(tableRows(sectors)).toEqual([
      ['Health', '2', '50%'],
      ['Digital & AI', '1', '25%'],
      ['No reliable direction', '1', '25%'],
    ]);
    expect(tableRows(sectors)).toEqual(
      figures(sectors).map(([name = '', value = '']) => [name, ...value.split(/ \(|\)$/, 2)]),
    );

    const types = screen.getByRole('figure', { name: 'Leading types' });
    await user.click(
      within(types).getByRole('button', { name: 'Show the leading types as a table' }),
    );
    expect(tableRows(types)).toEqual(
      figures(types).map(([name = '', value = '']) => [name, ...value.split(/ \(|\)$/, 2)]),
    );

    await user.click(toggle);
    expect(within(sectors).queryByRole('table')).not.toBeInTheDocument();
  });

  it('draws bars from the right and writes Arabic names in Arabic', async () => {
    await renderApp(<GroupCharts summaries={group} />, { lang: 'ar' });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'المجموعة في لمحة' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(
      screen.getByText('تضم المجموعة 4 مشاركين. النسب محسوبة من المجموعة كلها.'),
    ).toBeInTheDocument();

    const types = screen.getByRole('figure', { name: 'الأنماط المتصدّرة' });
    const social = barOf(types, 'S');
    expect(social?.name).toBe('S اجتماعي');
    // ar-MA writes Western digits, and the percent sign with its direction marks.
    expect(social?.value).toMatch(/^2 \(50\u200e?%\u200e?\)$/);
    // Half the group: the bar runs from the right edge (100) to the middle.
    expect(social).toMatchObject({ x: '50', width: '50' });
    expect(barOf(types, 'I')).toMatchObject({ x: '75', width: '25' });
    expect(barOf(types, 'R')).toMatchObject({ x: '100', width: '0' });

    const sectors = screen.getByRole('figure', { name: 'القطاعات الأولى' });
    expect(bars(sectors).map((bar) => bar.name)).toEqual([
      'الصحة',
      'الرقمنة والذكاء الاصطناعي',
      'لا اتجاه موثوق',
    ]);
    expect(
      within(sectors).getByRole('button', { name: 'عرض القطاعات الأولى في جدول' }),
    ).toHaveAttribute('aria-expanded', 'false');
  });

  it('draws bars from the left in French, with French figures', async () => {
    await renderApp(<GroupCharts summaries={group} />, { lang: 'fr' });
    const types = await screen.findByRole('figure', { name: 'Types en tête' });
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    const social = barOf(types, 'S');
    expect(social?.name).toBe('S Social');
    expect(social?.value).toMatch(/^2 \(50\s%\)$/);
    expect(social).toMatchObject({ x: '0', width: '50' });
  });

  it('keeps to a bar per type and per sector, whatever the size of the group', async () => {
    const large = Array.from({ length: 300 }, (_, i) =>
      summary(
        [[RIASEC_TYPES[i % 6] ?? 'R']],
        i % 10 === 0 ? 'low' : null,
        i % 3 === 0 ? 'health' : 'agriculture',
      ),
    );
    const { container } = await renderApp(<GroupCharts summaries={large} />, { lang: 'en' });
    const types = await screen.findByRole('figure', { name: 'Leading types' });
    expect(within(types).getAllByRole('listitem')).toHaveLength(7);
    expect(figures(types)[0]).toEqual(['R Realistic', '50 (17%)']);
    const sectors = screen.getByRole('figure', { name: 'First sectors' });
    expect(figures(sectors)).toEqual([
      ['Agriculture', '180 (60%)'],
      ['Health', '90 (30%)'],
      ['No reliable direction', '30 (10%)'],
    ]);
    // Two figures of a few rows each, and their two tables: nothing per participant.
    expect(elementCount(container)).toBeLessThan(300);
  });

  it('says so in a sentence when the group is empty', async () => {
    await renderApp(<GroupCharts summaries={[]} />, { lang: 'en' });
    expect(
      await screen.findByText(
        'No participant yet: the charts appear once the session holds some results.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
