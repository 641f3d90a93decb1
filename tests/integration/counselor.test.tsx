import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSector } from '@/data/catalogue';
import { formItems } from '@/data/items';
import { PRECISION } from '@/domain/precision';
import { readProfile, writeCode } from '@/domain/reading';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import { useCounselorStore } from '@/features/counselor/store';
import type { Session } from '@/features/counselor/session';
import { exportSessionFile } from '@/features/counselor/session-file';
import { useQuizStore, useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { persistedStores } from '@/lib/store/persisted';
import { blockedStorage, renderApp } from '../utils/render-app';
import { savedQuizJson } from '../utils/saved-quiz';

const profiles = [
  { R: 80, I: 20, A: 10, S: 15, E: 30, C: 40 },
  { R: 10, I: 85, A: 20, S: 30, E: 15, C: 70 },
  { R: 20, I: 15, A: 90, S: 60, E: 30, C: 10 },
  { R: 50, I: 50, A: 50, S: 50, E: 50, C: 50 },
] as const;

function sessionWith(names: readonly string[], id = 'session-1'): Session {
  return {
    id,
    name: 'الثالثة إعدادي ب',
    date: '2026-11-30',
    notes: '',
    participants: names.map((pseudonym, index) => ({
      id: `p${index}`,
      pseudonym,
      scores: { ...profiles[index % profiles.length]! },
      source: 'code' as const,
      schoolLevel: null,
      addedAt: '2026-11-30T09:00:00.000Z',
    })),
  };
}

/** Storage holding these sessions, as the counselor store writes them. */
function storageWith(sessions: Session[], turn: unknown = null) {
  return createMemoryStorage({
    'masari:counselor': JSON.stringify({ state: { sessions, turn }, version: 1 }),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The stores as a new page finds them: read from a copy of what was saved, nothing kept in memory. */
function reloaded(storage: ReturnType<typeof createMemoryStorage>) {
  const saved = Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)!]));
  safeStorage.setBackend(() => createMemoryStorage());
  persistedStores().forEach((store) => store.reset());
  return createMemoryStorage(saved);
}

/** A blob's bytes (jsdom's Blob has no `arrayBuffer`). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('counselor sessions', () => {
  it('creates a session, names and dates it, and finds it after a reload', async () => {
    const storage = createMemoryStorage();
    const { user, unmount } = await renderApp(undefined, {
      route: '/counselor?lang=en',
      storage,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Counsellor sessions' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No session yet. Create one below, or import a session file.'));
    // A name is required.
    await user.click(screen.getByRole('button', { name: 'Create the session' }));
    expect(await screen.findByText('Give the session a name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Session name')).toHaveFocus();
    await user.type(screen.getByLabelText('Session name'), 'Class 3B');
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    // A day in the past, never today's date, which the page also shows.
    await user.type(date, '2026-10-05');
    await user.click(screen.getByRole('button', { name: 'Create the session' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Class 3B' })).toBeInTheDocument();
    expect(screen.getByText(/5 October 2026/)).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/counselor\?session=[A-Za-z0-9]{16}$/);
    unmount();

    // The next day, on the same device: the stores are read back from storage.
    await renderApp(undefined, { route: '/counselor?lang=en', storage: reloaded(storage) });
    const [item] = await screen
      .findAllByRole('listitem')
      .then((items) => items.filter((li) => within(li).queryByRole('link', { name: 'Class 3B' })));
    expect(item).toHaveTextContent('5 October 2026');
    expect(item).toHaveTextContent('0 participants');
  });

  it('renames a session and deletes it after confirmation', async () => {
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=fr',
      storage: storageWith([sessionWith(['Amina', 'Youssef'])]),
    });
    await screen.findByRole('heading', { level: 2, name: 'الثالثة إعدادي ب' });
    await user.click(screen.getByRole('button', { name: 'Renommer ou changer la date' }));
    const name = screen.getByLabelText('Nom de la séance');
    await user.clear(name);
    await user.type(name, '  Groupe du matin  ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Groupe du matin' })).toHaveFocus();
    expect(useCounselorStore.getState().sessions[0]!.name).toBe('Groupe du matin');

    await user.click(screen.getByRole('button', { name: 'Supprimer cette séance' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer « Groupe du matin » ?' });
    expect(dialog).toHaveTextContent('ses 2 participants');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(useCounselorStore.getState().sessions).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Supprimer cette séance' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer la séance' }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Séances sur cet appareil' }));
    expect(useCounselorStore.getState().sessions).toEqual([]);
  });

  it('deletes everything, the turn store included, after confirmation', async () => {
    const { user, storage } = await renderApp(undefined, {
      route: '/counselor?lang=ar',
      storage: storageWith([sessionWith(['أمينة'], 'a'), sessionWith(['يوسف'], 'b')]),
    });
    await user.click(await screen.findByRole('button', { name: 'حذف كل الجلسات' }));
    const dialog = screen.getByRole('dialog', { name: 'حذف كل الجلسات؟' });
    expect(dialog).toHaveTextContent('ستُمحى جلستان');
    await user.click(within(dialog).getByRole('button', { name: 'حذف كل شيء' }));
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent(
      'حُذفت كل الجلسات من هذا الجهاز.',
    );
    expect(useCounselorStore.getState().sessions).toEqual([]);
    expect(JSON.parse(storage.getItem('masari:counselor')!).state.sessions).toEqual([]);
  });

  it('imports a session file from another device as sessions of this one, without duplicates', async () => {
    const content = exportSessionFile([
      sessionWith(['أمينة', 'يوسف'], 'a'),
      sessionWith(['Omar'], 'b'),
    ]);
    const file = new File([content], 'masari-session.json', { type: 'application/json' });
    // jsdom's files cannot be read: the text is given as a browser would read it.
    Object.defineProperty(file, 'text', { value: async () => content });
    const { user } = await renderApp(undefined, { route: '/counselor?lang=en' });
    const input = await screen.findByLabelText('Session file (.json)');
    await user.upload(input, file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('2 new sessions.')).toBeInTheDocument();
    expect(screen.getByText('3 participants added.')).toBeInTheDocument();
    expect(
      useCounselorStore
        .getState()
        .sessions.map((s) => s.id)
        .sort(),
    ).toEqual(['a', 'b']);

    await user.upload(input, file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('0 new sessions.')).toBeInTheDocument();
    expect(screen.getByText('3 were already in the session.')).toBeInTheDocument();
    expect(useCounselorStore.getState().sessions).toHaveLength(2);
  });

  it('resets sessions that cannot be read, says so, and leaves the other stores alone', async () => {
    const storage = createMemoryStorage({
      'masari:counselor': JSON.stringify({
        state: { sessions: [{ ...sessionWith(['Amina']), date: '2026-02-30' }], turn: null },
        version: 1,
      }),
      'masari:settings': JSON.stringify({
        state: { language: 'en', textSize: 'large' },
        version: 1,
      }),
    });
    await renderApp(undefined, { route: '/counselor', storage });
    expect(
      await screen.findByText(
        'The counsellor sessions saved on this device could not be read and were reset. A session file exported earlier brings them back.',
      ),
    ).toBeInTheDocument();
    expect(useCounselorStore.getState().sessions).toEqual([]);
    expect(JSON.parse(storage.getItem('masari:settings')!).state.textSize).toBe('large');
  });

  it('says so when a session is not on this device', async () => {
    await renderApp(undefined, { route: '/counselor?session=nope&lang=en' });
    expect(
      await screen.findByRole('heading', { name: 'This session is not on this device' }),
    ).toBeInTheDocument();
  });

  it('warns that nothing is kept when the browser blocks storage', async () => {
    await renderApp(undefined, { route: '/counselor?lang=en', storage: blockedStorage });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sessions are not being saved');
  });

  it('asks the browser to keep the sessions only when the counselor presses the button', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist,
        estimate: async () => ({ quota: 1e9, usage: 1e3 }),
      },
    });
    try {
      const { user } = await renderApp(undefined, { route: '/counselor?lang=en' });
      const ask = await screen.findByRole('button', {
        name: 'Ask the browser to keep the sessions',
      });
      expect(persist).not.toHaveBeenCalled();
      await user.click(ask);
      expect(persist).toHaveBeenCalledOnce();
      expect(
        await screen.findByText('The browser will keep the sessions until you delete them.'),
      ).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });
});

describe('the group view', () => {
  it('shows each participant as their results did, sorts and filters', async () => {
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=en',
      storage: storageWith([sessionWith(['Zineb', 'amina', 'Youssef', 'Karim'])]),
    });
    const table = await screen.findByRole('table', {
      name: 'Each participant’s results as they saw them',
    });
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('rowheader').textContent);
    expect(rows()).toEqual(['Zineb', 'amina', 'Youssef', 'Karim']);
    const code = formatShareCode(encodeShareCode({ scores: profiles[0], schoolLevel: null }));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(code);
    // The profile code as the participant's own results screen wrote it: a share code is read
    // with the quick form's precision.
    const profileCode = writeCode(readProfile(profiles[0], PRECISION.quick).code);
    expect(profileCode).not.toBe('');
    expect(
      within(within(table).getAllByRole('row')[1]!).getByText(profileCode, { selector: 'bdi' }),
    ).toBeInTheDocument();
    // The flat profile: no type ahead, the notice, and no band above "partly close".
    const karim = within(table).getAllByRole('row')[4]!;
    expect(karim).toHaveTextContent('No type ahead');
    expect(karim).toHaveTextContent('No clear direction');
    const bands = within(karim).getAllByRole('listitem');
    expect(bands).toHaveLength(3);
    for (const band of bands) expect(band).toHaveAttribute('data-band', 'partial');

    await user.click(within(table).getByRole('button', { name: /^Name/ }));
    expect(rows()).toEqual(['amina', 'Karim', 'Youssef', 'Zineb']);
    expect(within(table).getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(within(table).getByRole('button', { name: /^Name/ }));
    expect(rows()).toEqual(['Zineb', 'Youssef', 'Karim', 'amina']);

    await user.selectOptions(screen.getByLabelText('Direction'), 'notice');
    expect(rows()).toEqual(['Karim']);
    expect(screen.getByText('1 of 4 participants shown.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Direction'), 'all');
    await user.type(screen.getByLabelText('Name or share code'), 'AMI');
    await waitFor(() => expect(rows()).toEqual(['amina']));
    await user.clear(screen.getByLabelText('Name or share code'));
    await user.selectOptions(screen.getByLabelText('Leading type'), 'A');
    await waitFor(() => expect(rows()).toEqual(['Youssef']));
  });

  it('opens a participant’s full results in one click, and removes them after confirmation', async () => {
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=en',
      storage: storageWith([sessionWith(['Amina', 'Youssef'])]),
    });
    await user.click(await screen.findByRole('link', { name: /^Full results\s*— Youssef$/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results of Youssef' }),
    ).toBeInTheDocument();
    // The results report loads when a participant's results first open.
    expect(await screen.findByTestId('sector-ranking')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove from the session' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'الثالثة إعدادي ب' }));
    expect(useCounselorStore.getState().sessions[0]!.participants.map((p) => p.pseudonym)).toEqual([
      'Amina',
    ]);
  });

  it('exports a CSV with a byte-order mark and the Arabic names intact', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=ar',
      storage: storageWith([sessionWith(['أمينة', '=1+2', 'يوسف'])]),
    });
    await user.selectOptions(await screen.findByLabelText('فاصل جدول البيانات'), ';');
    await user.click(screen.getByRole('button', { name: 'تنزيل جدول البيانات (CSV)' }));
    expect(click).toHaveBeenCalledOnce();
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe('pseudonym');
    expect(lines[1]!.startsWith('أمينة;')).toBe(true);
    expect(lines[2]!.startsWith("'=1+2;")).toBe(true);
    expect(lines[3]!.startsWith('يوسف;')).toBe(true);
    // The first sectors and programs are also named in the language of the export.
    const header = lines[0]!.split(';');
    const first = lines[1]!.split(';');
    const sectorId = first[header.indexOf('sector_1')]!;
    expect(first[header.indexOf('sector_1_name')]).toBe(findSector(sectorId)!.name.ar);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
  });

  it('keeps the notes typed, after a reload', async () => {
    const storage = storageWith([sessionWith(['Amina'])]);
    const { user, unmount } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=en',
      storage,
    });
    const notes = await screen.findByLabelText('The counsellor’s notes on this session');
    await user.type(notes, 'Follow up with the group in January.');
    await user.tab();
    unmount();
    await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=en',
      storage: reloaded(storage),
    });
    expect(await screen.findByLabelText('The counsellor’s notes on this session')).toHaveValue(
      'Follow up with the group in January.',
    );
  });
});

/** Answers every item of the turn's form as the questionnaire would (its pages are tested apart). */
function answerTurn(rating: 1 | 2 | 3 | 4 | 5, type: string) {
  act(() => {
    const quiz = useTurnQuizStore.getState();
    for (const item of formItems('quick'))
      quiz.setAnswer(item.id, item.id.startsWith(type) ? 5 : rating);
    useTurnQuizStore.getState().setStep('done');
  });
}

describe('a shared device in turn', () => {
  it('stores each result, and the next participant sees nothing of the previous one', async () => {
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=ar',
      storage: storageWith([sessionWith([])]),
    });
    await user.click(await screen.findByRole('button', { name: 'جهاز واحد بالتناوب' }));
    await user.click(screen.getByRole('button', { name: 'بدء التناوب على هذا الجهاز' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'دورك' })).toBeInTheDocument();
    // A name is required; any name will do.
    await user.click(screen.getByRole('button', { name: 'البدء' }));
    expect(await screen.findByText('يُرجى كتابة اسم شخصي أو اسم مستعار.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('اسمك الشخصي أو اسم مستعار'), 'سلمى');
    await user.click(screen.getByRole('button', { name: 'البدء' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'استبيان سلمى' })).toHaveFocus();
    // The questionnaire and the report load when the first turn needs them.
    expect((await screen.findAllByRole('radio')).length).toBeGreaterThan(0);
    answerTurn(1, 'r');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'نتائج سلمى' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('sector-ranking')).toBeInTheDocument();
    const hashDuringTurn = window.location.hash;

    await user.click(screen.getByRole('button', { name: 'المشارك التالي' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'دورك' })).toHaveFocus();
    expect(document.body).not.toHaveTextContent('سلمى');
    expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();
    expect(screen.getByLabelText('اسمك الشخصي أو اسم مستعار')).toHaveValue('');
    expect(useTurnQuizStore.getState().answers).toEqual({});
    expect(window.location.hash).toBe(hashDuringTurn);
    // The device owner's own questionnaire is untouched.
    expect(useQuizStore.getState().answers).toEqual({});

    await user.type(screen.getByLabelText('اسمك الشخصي أو اسم مستعار'), 'Omar');
    await user.click(screen.getByLabelText(/الاستبيان الكامل/));
    await user.click(screen.getByRole('button', { name: 'البدء' }));
    await screen.findByRole('heading', { level: 1, name: 'استبيان Omar' });
    expect(useTurnQuizStore.getState().mode).toBe('full');
    act(() => {
      const quiz = useTurnQuizStore.getState();
      for (const item of formItems('full'))
        quiz.setAnswer(item.id, item.id.startsWith('s') ? 5 : 2);
      quiz.setStep('done');
    });
    await user.click(await screen.findByRole('button', { name: 'المشارك التالي' }));
    await screen.findByRole('heading', { level: 1, name: 'دورك' });
    expect(document.body).not.toHaveTextContent('Omar');

    const [session] = useCounselorStore.getState().sessions;
    expect(session!.participants.map((p) => [p.pseudonym, p.source])).toEqual([
      ['سلمى', 'quick'],
      ['Omar', 'full'],
    ]);

    // Back, or any other view of counselor mode, shows nothing of the session during the turns.
    window.location.hash = '#/counselor?session=session-1';
    expect(await screen.findByRole('heading', { level: 1, name: 'تناوب جارٍ' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Omar');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'إنهاء التناوب (خاص بالمستشار)' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'إنهاء التناوب' }),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'سلمى' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Omar' })).toBeInTheDocument();
    expect(useCounselorStore.getState().turn).toBeNull();
  });

  it('resumes a participant’s turn after a reload, answers kept', async () => {
    const storage = storageWith([sessionWith([])], {
      sessionId: 'session-1',
      pseudonym: 'Nora',
      schoolLevel: null,
      mode: 'quick',
    });
    storage.setItem('masari:counselor-turn', savedQuizJson({ answers: { r01: 4 } }));
    await renderApp(undefined, {
      route: '/counselor?session=session-1&view=turn&lang=en',
      storage,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questionnaire of Nora' }),
    ).toBeInTheDocument();
    expect(useTurnQuizStore.getState().answers).toEqual({ r01: 4 });
  });
});
