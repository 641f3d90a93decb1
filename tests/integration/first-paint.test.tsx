import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { screenOf } from '@/app/router';
import { renderApp } from '../utils/render-app';

// A screen's code is downloaded from the entry, before React renders (`preloadScreen`). Once it is
// in, the first render paints the screen itself, in the same pass as the frame: no placeholder
// painted first and replaced, which cost a second render and moved the largest paint later.
describe('a screen whose code has arrived before the first render', () => {
  it.each([
    ['/about', /masari/i],
    ['/programs/developpement-digital', /développement digital/i],
  ])(
    '%s paints its heading in the first render, with no loading placeholder',
    async (route, name) => {
      await screenOf(`#${route}`).load();
      await renderApp(undefined, { route, lang: 'fr' });
      // Read at once, not awaited: a suspended screen would show its placeholder here.
      expect(screen.queryByRole('status', { name: /chargement/i })).toBeNull();
      expect(screen.getByRole('heading', { level: 1, name })).toBeInTheDocument();
    },
  );
});
