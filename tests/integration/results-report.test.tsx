import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultsReport } from '@/features/results/report';
import { renderApp } from '../utils/render-app';

/** Investigative and Conventional well ahead of the rest: a clear profile. */
const CLEAR = { R: 20, I: 90, A: 15, S: 20, E: 20, C: 85 };
/** Six equal scores: no direction at all. */
const FLAT = { R: 50, I: 50, A: 50, S: 50, E: 50, C: 50 };

describe('the results report', () => {
  it('shows the profile code and the ranking of a clear profile', async () => {
    await renderApp(<ResultsReport profile={CLEAR} schoolLevel={null} source="typed" />, {
      lang: 'en',
    });
    expect(await screen.findByTestId('profile-code')).toHaveTextContent(/^I\/C$/);
    expect(screen.queryByTestId('profile-notice')).not.toBeInTheDocument();
    const sectors = within(screen.getByTestId('sector-ranking')).getAllByRole('listitem');
    expect(sectors[0]).toHaveAttribute('data-sector-id', 'digital-ai');
    expect(
      within(screen.getByTestId('program-ranking')).getAllByRole('listitem').length,
    ).toBeGreaterThan(0);
  });

  it('says a flat profile gives no direction, and ranks nothing until asked', async () => {
    const { user } = await renderApp(
      <ResultsReport profile={FLAT} schoolLevel={null} source="quick" />,
      { lang: 'en' },
    );
    const notice = await screen.findByTestId('profile-notice');
    expect(notice).toHaveAttribute('data-kind', 'undifferentiated');
    expect(screen.queryByTestId('program-ranking')).not.toBeInTheDocument();
    expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();
    expect(screen.queryByTestId('profile-code')).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Show the ranking anyway' }));
    expect(await screen.findByTestId('program-ranking')).toBeInTheDocument();
    expect(screen.getByTestId('sector-ranking')).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Hide the ranking' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('can be shown many times on one page, with no id twice', async () => {
    const { user } = await renderApp(
      <>
        <ResultsReport profile={FLAT} schoolLevel={null} source="quick" />
        <ResultsReport profile={CLEAR} schoolLevel="bac" source="full" />
        <ResultsReport profile={FLAT} schoolLevel={null} source="typed" />
      </>,
      { lang: 'en' },
    );
    const notices = await screen.findAllByTestId('profile-notice');
    expect(notices).toHaveLength(2);
    // The rankings behind the notices too, for every section of every report.
    for (const notice of notices) {
      await user.click(within(notice).getByRole('button', { name: 'Show the ranking anyway' }));
    }
    expect(screen.getAllByTestId('program-ranking')).toHaveLength(3);

    // Ids are what is checked here, and no role or name reaches them.
    // eslint-disable-next-line testing-library/no-node-access
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // Each section is named by its own report's heading.
    const scores = screen.getAllByRole('region', { name: 'Your interest profile' });
    expect(scores).toHaveLength(3);
    const programs = screen.getAllByRole('region', {
      name: 'Programmes close to your interests',
    });
    expect(programs).toHaveLength(3);
    programs.forEach((section, index) => {
      expect(section).toContainElement(screen.getAllByTestId('program-ranking')[index]!);
    });
  });

  it('puts its headings one level down with headingLevel={3}', async () => {
    const { user } = await renderApp(
      <>
        <ResultsReport profile={CLEAR} schoolLevel={null} source="typed" headingLevel={3} />
        <ResultsReport profile={FLAT} schoolLevel={null} source="typed" headingLevel={3} />
      </>,
      { lang: 'en' },
    );
    const notice = await screen.findByTestId('profile-notice');
    await user.click(within(notice).getByRole('button', { name: 'Show the ranking anyway' }));
    await screen.findAllByTestId('program-ranking');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    // The portrait in words, one button away, one level further down.
    await user.click(screen.getByRole('button', { name: /^Show your profile in detail$/ }));
    expect(
      screen.getByRole('heading', { level: 4, name: 'Your profile in words' }),
    ).toBeInTheDocument();
    for (const name of [
      'Your interest profile',
      'Sectors close to your interests',
      'Programmes close to your interests',
    ]) {
      expect(screen.getAllByRole('heading', { level: 3, name }).length).toBeGreaterThan(0);
    }
    expect(
      within(notice).getByRole('heading', {
        level: 3,
        name: 'Your answers do not point in one direction',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: /Your profile code/ }),
    ).toBeInTheDocument();
  });

  it('keeps the results screen’s levels by default', async () => {
    await renderApp(<ResultsReport profile={CLEAR} schoolLevel={null} source="typed" />, {
      lang: 'en',
    });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Programmes close to your interests',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: /Your profile code/ }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 4 })).toEqual([]);
  });
});
