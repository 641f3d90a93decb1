import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../utils/render-app';

function Broken(): never {
  throw new Error('broken on purpose');
}

describe('error boundary', () => {
  it('shows a translated recovery screen instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderApp(<Broken />, { lang: 'ar' });
    const screenRegion = await screen.findByRole('alert');
    expect(screenRegion).toHaveTextContent('حدث خطأ ما');
    expect(screenRegion).toHaveTextContent('إجاباتك محفوظة بأمان');
    expect(screen.getByRole('button', { name: 'إعادة التحميل' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'الذهاب إلى الصفحة الرئيسية' })).toHaveAttribute(
      'href',
      '#/',
    );
  });

  it('keeps the frame around a failing screen, and recovers on the next route', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { Layout } = await import('@/app/layout');
    const { Route, Routes } = await import('react-router');
    const { user } = await renderApp(
      <Routes>
        <Route element={<Layout />}>
          <Route path="/broken" element={<Broken />} />
          <Route path="/" element={<h1>Fine again</h1>} />
        </Route>
      </Routes>,
      { route: '/broken', lang: 'en' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { name: 'Fine again' })).toBeInTheDocument();
  });
});
