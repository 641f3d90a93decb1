import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as shareCode from '@/domain/share-code';
import * as lines from '@/features/counselor/parse-lines';
import type { Session } from '@/features/counselor/session';
import { exportSessionFile } from '@/features/counselor/session-file';
import { useCounselorStore } from '@/features/counselor/store';
import type { Lang } from '@/lib/i18n/languages';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderAddParticipants } from '../utils/add-participants';
import { renderApp } from '../utils/render-app';

/**
 * What a counselor types, pastes or imports and Masari cannot use: each gets a message in an
 * alert, in the counselor's language, with a way on; what is far too large is refused before it is
 * read, so that the page never freezes on it.
 */

// Watched, not changed: to show that oversized input is refused before it is decoded.
vi.mock('@/features/counselor/parse-lines', async (importOriginal) => {
  const original = await importOriginal<typeof lines>();
  return { ...original, parseLines: vi.fn(original.parseLines) };
});
vi.mock('@/domain/share-code', async (importOriginal) => {
  const original = await importOriginal<typeof shareCode>();
  return { ...original, decodeShareCode: vi.fn(original.decodeShareCode) };
});

const codeOf = (i: number) =>
  shareCode.formatShareCode(
    shareCode.encodeShareCode({
      scores: { R: i, I: 100 - i, A: 40, S: 30, E: 20, C: 10 },
      schoolLevel: null,
    }),
  );

afterEach(() => {
  vi.clearAllMocks();
});

describe('pasted codes and links', () => {
  const box = () => screen.getByRole('textbox', { name: /one per line/ });

  it('10,000 lines are refused at once, before any line is read, and nothing is added', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    await user.click(box());
    await user.paste(Array.from({ length: 10_000 }, (_, i) => codeOf(i % 101)).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'This list is too long: at most 1,000 lines can be added at once. Nothing was added. Paste the list in several parts.',
    );
    expect(lines.parseLines).not.toHaveBeenCalled();
    expect(participants()).toHaveLength(0);
    expect(box()).toHaveFocus();

    // The way on: back to the list, which is kept to be cut into parts.
    await user.click(screen.getByRole('heading', { name: 'Add participants' }));
    expect(box()).not.toHaveFocus();
    await user.click(within(alert).getByRole('button', { name: 'Go back to the list' }));
    expect(box()).toHaveFocus();
    expect((box() as HTMLTextAreaElement).value.split('\n')).toHaveLength(10_000);
  });

  it('a text of more than 200,000 characters is refused before it is read, in French', async () => {
    const { user, participants } = await renderAddParticipants('fr');
    await user.click(screen.getByRole('button', { name: 'Coller des codes' }));
    const field = screen.getByRole('textbox', { name: /un par ligne/ });
    await user.click(field);
    await user.paste(`Amina; ${'x'.repeat(200_001)}`);
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Ce texte est trop long : 200.000 caractères au plus peuvent être ajoutés en une fois\./,
    );
    expect(lines.parseLines).not.toHaveBeenCalled();
    expect(participants()).toHaveLength(0);
  });

  it('up to 1,000 lines are read as before', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    await user.click(box());
    await user.paste(
      Array.from({ length: 1000 }, (_, i) => `P${i}; ${codeOf(i % 101)}`).join('\r\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toHaveLength(1000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an empty paste is an alert beside the field', async () => {
    const { user } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Paste at least one share code or results link.',
    );
    expect(box()).toHaveFocus();
  });
});

describe('a code typed or pasted in', () => {
  it('a 6,000-character code is refused before it is decoded, in an alert beside the field', async () => {
    const { user, participants } = await renderAddParticipants('ar');
    await user.click(screen.getByRole('button', { name: 'مسح رمز أو إدخاله' }));
    const field = screen.getByRole('textbox', { name: 'رمز المشاركة أو رابط النتائج' });
    await user.click(field);
    await user.paste('1'.repeat(6000));
    await user.click(screen.getByRole('button', { name: 'إضافة' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^هذا السطر طويل جدًا/);
    expect(field).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(field).toHaveFocus();
    expect(shareCode.decodeShareCode).not.toHaveBeenCalled();
    expect(participants()).toHaveLength(0);
  });

  it('a name that is too long is an alert beside its field', async () => {
    const { user } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paper scores' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.paste('x'.repeat(6000));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A name has at most 60 characters.');
    expect(name).toHaveFocus();
  });
});

describe('session files', () => {
  const other: Session = {
    id: 'other-device',
    name: 'Other device',
    date: '2026-11-29',
    notes: '',
    participants: [],
  };

  /**
   * A file as the file input gives it, every way of reading it watched (jsdom's files cannot be
   * read, so `text` gives `content`, or fails with it when it is an exception).
   */
  function sessionFile(content: string | DOMException, size?: number) {
    const file = new File([typeof content === 'string' ? content : ''], 'session.json', {
      type: 'application/json',
    });
    const reads = {
      text: vi.fn(async () => {
        if (typeof content !== 'string') throw content;
        return content;
      }),
      arrayBuffer: vi.fn(async () => new ArrayBuffer(0)),
      stream: vi.fn(),
      slice: vi.fn(),
    };
    for (const [name, value] of Object.entries(reads)) Object.defineProperty(file, name, { value });
    if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
    return { file, reads };
  }

  const IMPORT: Record<Lang, { label: string; submit: string }> = {
    en: { label: 'Session file (.json)', submit: 'Import' },
    fr: { label: 'Fichier de séance (.json)', submit: 'Importer' },
    ar: { label: 'ملف الجلسة (.json)', submit: 'استيراد' },
  };

  /** The device's list of sessions, with its file import. */
  async function importing(lang: Lang = 'en') {
    const view = await renderApp(undefined, { route: `/counselor?lang=${lang}` });
    const input = await screen.findByLabelText(IMPORT[lang].label);
    const submit = screen.getByRole('button', { name: IMPORT[lang].submit });
    return { ...view, input, submit };
  }

  it('a 50 MB file is refused from its size, never read, with the limit named', async () => {
    const readAsText = vi.spyOn(FileReader.prototype, 'readAsText');
    const readAsArrayBuffer = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    const { user, input, submit } = await importing();
    const big = sessionFile(exportSessionFile([other]), 50 * 1024 * 1024);
    await user.upload(input, big.file);
    await user.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported.');
    expect(alert).toHaveTextContent('It is larger than 5 MB, the most a session file can be.');
    expect(alert).toHaveTextContent('Nothing was changed in the session.');
    for (const read of Object.values(big.reads)) expect(read).not.toHaveBeenCalled();
    expect(readAsText).not.toHaveBeenCalled();
    expect(readAsArrayBuffer).not.toHaveBeenCalled();
    expect(useCounselorStore.getState().sessions).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Choose another file' }));
    expect(input).toHaveFocus();
    readAsText.mockRestore();
    readAsArrayBuffer.mockRestore();
  });

  it('an empty file is refused without being read, in Arabic', async () => {
    const { user, input, submit } = await importing('ar');
    const empty = sessionFile('');
    await user.upload(input, empty.file);
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('الملف فارغ.');
    expect(empty.reads.text).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'اختيار ملف آخر' }));
    expect(input).toHaveFocus();
  });

  it.each([
    [
      'a binary file',
      '\u0000\u0001PK\u0003\u0004\u00ff\u00fe',
      'It is not a session file: its content cannot be read.',
    ],
    ['wrong JSON', '{"sessions": []}', 'It is not a Masari session file.'],
    [
      'a file the browser cannot read',
      new DOMException('The file could not be read.', 'NotReadableError'),
      'The browser could not read it: it may have been moved or deleted since it was chosen.',
    ],
  ])('%s is refused, and the way on leads back to the file field', async (_, content, text) => {
    const { user, input, submit } = await importing();
    await user.upload(input, sessionFile(content, 100).file);
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    await user.click(within(alert).getByRole('button', { name: 'Choose another file' }));
    expect(input).toHaveFocus();
    expect(useCounselorStore.getState().sessions).toEqual([]);
  });

  it('no file chosen is an alert beside the field', async () => {
    const { user, input, submit } = await importing();
    await user.click(submit);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Choose a file first.'),
    );
    expect(input).toHaveFocus();
  });
});

describe('names typed on a shared device', () => {
  it('a pasted name of 6,000 characters is cut by the field and refused in an alert', async () => {
    const session: Session = {
      id: 'session-1',
      name: 'Tronc commun A',
      date: '2026-11-30',
      notes: '',
      participants: [],
    };
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&lang=en',
      storage: createMemoryStorage({
        'masari:counselor': JSON.stringify({
          state: { sessions: [session], turn: null },
          version: 1,
        }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Shared device in turn' }));
    await user.click(screen.getByRole('button', { name: 'Start the turns on this device' }));
    const name = await screen.findByRole('textbox', { name: 'Your first name or a pseudonym' });
    await user.click(name);
    await user.paste('x'.repeat(6000));
    expect((name as HTMLInputElement).value).toHaveLength(120);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Use at most 60 characters, on one line.',
    );
    expect(name).toHaveFocus();
  });
});

describe('session name and date', () => {
  it('a session without a name is an alert beside the field', async () => {
    const { user } = await renderApp(undefined, { route: '/counselor?lang=en' });
    const name = await screen.findByRole('textbox', { name: 'Session name' });
    await user.click(screen.getByRole('button', { name: 'Create the session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the session a name.');
    expect(name).toHaveFocus();
  });
});
