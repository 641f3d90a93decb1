import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Catalogue from '@/data/catalogue';
import type * as Places from '@/data/places';
import { renderApp } from '../utils/render-app';

/*
 * The "indicative" badge says what each entry's `status` says, and nothing else. No real entry is
 * verified without a source, so these tests mark one center and one program verified in a copy of
 * the data (the modules the screens read), never in the dataset itself.
 */
const VERIFIED_CENTER = 'center-casablanca-settat';
const VERIFIED_PROGRAM = 'patron-de-peche';

vi.mock('@/data/places', async (importOriginal) => {
  const actual = await importOriginal<typeof Places>();
  return {
    ...actual,
    centers: actual.centers.map((center) =>
      center.id === VERIFIED_CENTER ? { ...center, status: 'verified' as const } : center,
    ),
  };
});

vi.mock('@/data/catalogue', async (importOriginal) => {
  const actual = await importOriginal<typeof Catalogue>();
  const programs = actual.programs.map((program) =>
    program.id === VERIFIED_PROGRAM ? { ...program, status: 'verified' as const } : program,
  );
  return {
    ...actual,
    programs,
    findProgram: (id: string) => programs.find((program) => program.id === id),
  };
});

describe('the indicative badge follows each entry’s status', () => {
  it('shows no badge on a verified center, and the badge on an indicative one', async () => {
    // Nouaceur, where the Casablanca-Settat CMC stands: it ranks first.
    await renderApp(undefined, { route: '/centers?near=33.3798,-7.6193', lang: 'en' });
    await screen.findByTestId('center-ranking');
    const [first, second] = within(screen.getByTestId('center-ranking')).getAllByRole('listitem');
    expect(first).toHaveAttribute('data-center-id', VERIFIED_CENTER);
    expect(within(first!).queryByText('Indicative')).not.toBeInTheDocument();
    expect(within(second!).getByText('Indicative')).toBeInTheDocument();
  });

  it('shows no badge on a verified program, in the list and on its page', async () => {
    const { unmount } = await renderApp(undefined, {
      route: '/programs?q=patron&lang=en',
    });
    await screen.findByText('Fishing Vessel Skipper');
    const results = within(screen.getByRole('region', { name: 'Programmes' })).getAllByRole(
      'listitem',
    );
    const verified = results.find((li) => li.getAttribute('data-program-id') === VERIFIED_PROGRAM)!;
    expect(within(verified).queryByText('Indicative')).not.toBeInTheDocument();
    // The other fishing entries found are indicative, and say so.
    const others = results.filter((li) => li !== verified);
    expect(others.length).toBeGreaterThan(0);
    for (const li of others) expect(within(li).getByText('Indicative')).toBeInTheDocument();
    unmount();

    await renderApp(undefined, { route: `/programs/${VERIFIED_PROGRAM}?lang=en` });
    await screen.findByRole('heading', { level: 1, name: 'Fishing Vessel Skipper' });
    expect(screen.queryByText('Indicative')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Status of the information' })).toHaveTextContent(
      'Verified',
    );
  });
});
