import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '@/lib/i18n/languages';
import { renderApp } from '../utils/render-app';

/** The loader's address as a school must write it: next to the app's `index.html`. */
function loaderSrc(): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname.slice(0, pathname.lastIndexOf('/') + 1)}embed.js`;
}

async function openPage(lang: Lang) {
  const view = await renderApp(undefined, { route: '/embed', lang });
  const heading = await screen.findByRole('heading', { level: 1 });
  return { ...view, heading };
}

const snippetField = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('the page for schools', () => {
  it('opens in Arabic with the default snippet in the active language', async () => {
    const { heading } = await openPage('ar');
    expect(heading).toHaveTextContent('مساري على موقع المؤسسة');
    expect(document.documentElement.dir).toBe('rtl');
    const field = snippetField('شيفرة الموقع');
    expect(field).toHaveValue(`<script src="${loaderSrc()}" data-lang="ar" async></script>`);
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByRole('radio', { name: 'العربية' })).toBeChecked();
    // Every sector of the dataset, named in Arabic, none ticked.
    expect(screen.getByRole('checkbox', { name: 'الرقمنة والذكاء الاصطناعي' })).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'مشاركة النتيجة مع صفحة المؤسسة' }),
    ).not.toBeChecked();
  });

  it('writes every option into one escaped line, and the preview carries the same', async () => {
    const { user } = await openPage('en');
    const field = snippetField('Code for your website');
    expect(field).toHaveValue(`<script src="${loaderSrc()}" data-lang="en" async></script>`);

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    // Ticked in the reverse of the dataset's order: the snippet keeps the dataset's.
    await user.click(screen.getByRole('checkbox', { name: 'Agri-food' }));
    await user.click(screen.getByRole('checkbox', { name: 'Digital & AI' }));
    await user.type(screen.getByRole('combobox', { name: 'Default town' }), 'Douar "Tizi"');
    await user.type(screen.getByRole('textbox', { name: 'Accent colour' }), '#0B6');
    const height = screen.getByRole('textbox', { name: 'Minimum height, in pixels' });
    await user.clear(height);
    await user.type(height, '600');
    await user.click(
      screen.getByRole('checkbox', { name: "Share the result with the school's page" }),
    );

    expect(field).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="fr" data-sectors="digital-ai,agri-food"` +
        ` data-town="Douar &quot;Tizi&quot;" data-accent="#00bb66" data-min-height="600"` +
        ` data-share-result async></script>`,
    );

    const frame = screen.getByTitle('Preview of Masari with these settings');
    await waitFor(() => expect(frame.getAttribute('src')).toContain('lang=fr'));
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).toBe(window.location.origin + window.location.pathname);
    expect(src.hash).toBe('#/');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      embed: '1',
      lang: 'fr',
      sectors: 'digital-ai,agri-food',
      town: 'Douar "Tizi"',
      accent: '#00bb66',
      share: '1',
      host: window.location.origin,
    });
    expect(frame).toHaveAttribute('loading', 'lazy');
    expect(frame).toHaveAttribute('height', '600');
  });

  it('writes a town chosen from the list by its id', async () => {
    const { user } = await openPage('fr');
    const town = screen.getByRole('combobox', { name: 'Ville par défaut' });
    await user.type(town, 'Tanger');
    await user.keyboard('{Enter}');
    expect(snippetField('Code pour votre site')).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="fr" data-town="tanger" async></script>`,
    );
  });

  it('refuses a colour that is not #rgb or #rrggbb, and leaves it out of the snippet', async () => {
    const { user } = await openPage('en');
    const accent = screen.getByRole('textbox', { name: 'Accent colour' });
    await user.type(accent, 'red');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent(/This is not a colour written/);
    expect(accent).toHaveAttribute('aria-invalid', 'true');
    expect(accent).toHaveAccessibleDescription(/This is not a colour written/);
    expect(snippetField('Code for your website')).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="en" async></script>`,
    );

    await user.clear(accent);
    await user.type(accent, '#123456');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(snippetField('Code for your website')).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="en" data-accent="#123456" async></script>`,
    );
  });

  it('refuses a minimum height outside 200 to 2000 with a message in the user’s language', async () => {
    const { user } = await openPage('fr');
    const height = screen.getByRole('textbox', { name: 'Hauteur minimale, en pixels' });
    await user.clear(height);
    await user.type(height, '50');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La hauteur minimale doit être un nombre entier de 200 à 2000.',
    );
    expect(height).toHaveAttribute('aria-invalid', 'true');
    expect(snippetField('Code pour votre site')).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="fr" async></script>`,
    );

    // Arabic-Indic digits are read as the numbers they are.
    await user.clear(height);
    await user.type(height, '٨٠٠');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(snippetField('Code pour votre site')).toHaveValue(
      `<script src="${loaderSrc()}" data-lang="fr" data-min-height="800" async></script>`,
    );
  });

  it('copies the snippet and says so politely', async () => {
    const { user } = await openPage('en');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('checkbox', { name: 'Green economy' }));
    await user.click(screen.getByRole('button', { name: 'Copy the code' }));
    const snippet = `<script src="${loaderSrc()}" data-lang="en" data-sectors="green-economy" async></script>`;
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(await navigator.clipboard.readText()).toBe(snippet);
    const message = await screen.findByText('Copied: the code is ready to paste.');
    expect(message).toHaveAttribute('role', 'status');

    // A change makes the message stale: it goes.
    await user.click(screen.getByRole('checkbox', { name: 'Green economy' }));
    expect(screen.queryByText('Copied: the code is ready to paste.')).not.toBeInTheDocument();
  });

  it('selects the snippet for the keyboard when the browser refuses to copy', async () => {
    const { user } = await openPage('en');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Copy the code' }));
      const message = await screen.findByText(/could not be copied automatically/);
      expect(message).toHaveTextContent(/Ctrl\+C/);
      expect(execCommand).toHaveBeenCalledWith('copy');
      const field = snippetField('Code for your website') as HTMLTextAreaElement;
      expect(field).toHaveFocus();
      expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });
});
