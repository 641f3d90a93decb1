import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { AddParticipants } from '@/features/counselor/add-participants';
import { useCounselorStore } from '@/features/counselor/store';
import type { Lang } from '@/lib/i18n/languages';
import { renderApp } from './render-app';

const HEADINGS: Record<Lang, string> = {
  en: 'Add participants',
  fr: 'Ajouter des participants',
  ar: 'إضافة مشاركين',
};

/**
 * Counselor mode's "add participants" panels for a new session, rendered in `lang`, with the
 * session's participants as they stand in the store.
 */
export async function renderAddParticipants(lang: Lang = 'en') {
  const sessionId = useCounselorStore
    .getState()
    .createSession({ name: 'Test', date: '2026-11-30' });
  const view = await renderApp(
    <AddParticipants
      sessionId={sessionId}
      turnAction={<button type="button">Shared device</button>}
    />,
    { lang },
  );
  expect(await screen.findByRole('heading', { name: HEADINGS[lang] })).toBeInTheDocument();
  const participants = () =>
    useCounselorStore.getState().sessions.find((session) => session.id === sessionId)
      ?.participants ?? [];
  return { ...view, sessionId, participants };
}
