import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RiasecProfile } from '@/domain/riasec';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import type { Session } from '@/features/counselor/session';
import { exportSessionFile, MAX_SESSION_FILE_LENGTH } from '@/features/counselor/session-file';
import { renderAddParticipants } from '../utils/add-participants';

/** Six scores that differ for each `i` below 101. */
const scoresOf = (i: number): RiasecProfile => ({ R: i, I: 100 - i, A: 40, S: 30, E: 20, C: 10 });
/** A valid share code, formatted as the results screen shows it. */
const codeOf = (i: number) =>
  formatShareCode(encodeShareCode({ scores: scoresOf(i), schoolLevel: null }));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('adding participants: the ways', () => {
  it('shows the ways as disclosure buttons, one panel open at a time, with the page’s own way', async () => {
    const { user } = await renderAddParticipants();
    const paste = screen.getByRole('button', { name: 'Paste codes' });
    const file = screen.getByRole('button', { name: 'Session file' });
    // The page's own way is a fifth disclosure, its panel the page's content.
    const turn = screen.getByRole('button', { name: 'Shared device in turn' });
    expect(screen.queryByRole('button', { name: 'Shared device' })).not.toBeInTheDocument();
    await user.click(turn);
    expect(turn).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Shared device' })).toBeVisible();
    await user.click(turn);
    expect(paste).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(paste);
    expect(paste).toHaveAttribute('aria-expanded', 'true');
    expect(paste).toHaveAttribute('aria-controls', expect.stringMatching(/paste$/));
    const box = screen.getByRole('textbox', { name: /one per line/ });
    expect(box).toBeVisible();

    await user.click(file);
    expect(paste).toHaveAttribute('aria-expanded', 'false');
    expect(file).toHaveAttribute('aria-expanded', 'true');
    expect(box).not.toBeVisible();
    expect(screen.getByLabelText('Session file (.json)')).toBeVisible();
    await user.click(file);
    expect(file).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('adding participants: paste', () => {
  const box = () => screen.getByRole('textbox', { name: /one per line/ });

  it('adds 30 pasted codes with names at once', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    const lines = Array.from({ length: 30 }, (_, i) => `Student ${i + 1}; ${codeOf(i)}`);
    await user.click(box());
    await user.paste(lines.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    expect(participants()).toHaveLength(30);
    expect(participants()[0]).toMatchObject({
      pseudonym: 'Student 1',
      scores: scoresOf(0),
      source: 'code',
      schoolLevel: null,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('30 participants added.');
    expect(box()).toHaveValue('');
  });

  it('adds 300 lines in one go', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    const lines = Array.from({ length: 300 }, (_, i) => `P${i}\t${codeOf(i % 101)}`);
    await user.click(box());
    await user.paste(lines.join('\r\n'));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toHaveLength(300);
    expect(screen.getByRole('status')).toHaveTextContent('300 participants added.');
  });

  it('reports each bad line by number and reason, adds the good ones and keeps the bad ones', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    const good = codeOf(1);
    const wrongCheck = `${codeOf(2).slice(0, -1)}${codeOf(2).endsWith('0') ? '1' : '0'}`;
    const pasted = [
      `Amina; ${good}`,
      'Karim; 1ABC-DEFG-HJKM',
      '',
      `Sara, ${wrongCheck}`,
      `amina ;${good}`,
      codeOf(3),
      'Nora;',
    ];
    await user.click(box());
    await user.paste(pasted.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    expect(participants().map((p) => p.pseudonym)).toEqual(['Amina', codeOf(3)]);
    const report = screen.getByRole('status');
    expect(report).toHaveTextContent('2 participants added.');
    expect(report).toHaveTextContent('3 lines to correct: they were left in the box.');
    expect(report).toHaveTextContent('1 line skipped: this participant is already there.');
    const items = within(report)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Line 2: A code has 13 characters/);
    expect(items[1]).toMatch(/^Line 4: A character of the code is wrong, or two are swapped\./);
    expect(items[2]).toMatch(/^Line 5: Same code and name as line 1\./);
    expect(items[3]).toMatch(/^Line 7: No share code or results link was found\./);
    expect(box()).toHaveValue(['Karim; 1ABC-DEFG-HJKM', `Sara, ${wrongCheck}`, 'Nora;'].join('\n'));
  });

  it('adds nothing when the same lines are pasted again, and says they are already there', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    const pasted = [`Amina; ${codeOf(1)}`, codeOf(2)].join('\n');
    await user.click(box());
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toHaveLength(2);

    await user.click(box());
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toHaveLength(2);
    const report = screen.getByRole('status');
    expect(report).toHaveTextContent('No participant added.');
    expect(report).toHaveTextContent('2 lines skipped: these participants are already there.');
    const items = within(report).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Line 1: Already in the session \(same code, same name\)\./),
      expect.stringMatching(/^Line 2: Already in the session/),
    ]);
    expect(box()).toHaveValue('');
  });

  it('refuses an empty paste beside the field, and an all-bad paste is an alert', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paste codes' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Paste at least one share code or results link.')).toBeInTheDocument();
    expect(box()).toHaveFocus();
    expect(box()).toHaveAttribute('aria-invalid', 'true');

    await user.type(box(), 'hello');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No participant added.');
    expect(alert).toHaveTextContent(/Line 1: A code has 13 characters/);
    expect(participants()).toHaveLength(0);
  });

  it('works in Arabic, with Arabic names and separators', async () => {
    const { user, participants } = await renderAddParticipants('ar');
    await user.click(screen.getByRole('button', { name: 'لصق رموز' }));
    const field = screen.getByRole('textbox', { name: /واحد في كل سطر/ });
    await user.click(field);
    await user.paste(
      [`أمينة؛ ${codeOf(1)}`, `كريم، ${codeOf(2)}`, `سارة\t${codeOf(3)}`, 'يوسف؛ ١٢٣'].join('\n'),
    );
    await user.click(screen.getByRole('button', { name: 'إضافة' }));

    expect(participants().map((p) => p.pseudonym)).toEqual(['أمينة', 'كريم', 'سارة']);
    const report = screen.getByRole('status');
    expect(report).toHaveTextContent('تمت إضافة 3 مشاركين.');
    expect(report).toHaveTextContent('سطر واحد بحاجة إلى تصحيح، وقد بقي في حقل النص.');
    expect(within(report).getByRole('listitem')).toHaveTextContent(
      /^السطر 4: يتكوّن الرمز من 13 حرفًا/,
    );
    expect(field).toHaveValue('يوسف؛ ١٢٣');
  });
});

describe('adding participants: scan', () => {
  const link = (code: string) => `https://example.org/masari/#/results?code=${code}`;

  it('has no camera button without BarcodeDetector, and takes a typed code instead', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Scan or type a code' }));
    expect(screen.getByText(/This browser cannot read QR codes with the camera/)).toHaveTextContent(
      '“Paste codes”',
    );
    expect(screen.queryByRole('button', { name: 'Open the camera' })).not.toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: 'Share code or results link' });
    await user.type(field, 'ABC');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/A code has 13 characters/);
    expect(participants()).toHaveLength(0);

    await user.clear(field);
    await user.type(field, link(codeOf(5)));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toEqual([
      expect.objectContaining({ pseudonym: codeOf(5), scores: scoresOf(5), source: 'code' }),
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(`${codeOf(5)} was added to the session.`);
  });

  it('reads a QR code with the rear camera, stops the camera, and adds what it read', async () => {
    const stop = vi.fn();
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [{ stop }] }));
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia },
    });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const detect = vi
      .fn()
      .mockResolvedValueOnce([])
      .mockResolvedValue([{ rawValue: link(codeOf(7)), format: 'qr_code' }]);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = async () => ['ean_13', 'qr_code'];
        detect = detect;
      },
    );

    const { user, participants, unmount } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Scan or type a code' }));
    await user.click(await screen.findByRole('button', { name: 'Open the camera' }));
    expect(getUserMedia).toHaveBeenCalledWith({
      video: { facingMode: 'environment' },
      audio: false,
    });
    expect(await screen.findByLabelText('Camera view')).toBeInTheDocument();

    expect(await screen.findByText('Code read:')).toHaveTextContent(`Code read: ${codeOf(7)}`);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledTimes(2);
    expect(screen.queryByLabelText('Camera view')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Yassine');
    expect(
      screen.queryByRole('textbox', { name: 'Share code or results link' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(participants()).toEqual([
      expect.objectContaining({ pseudonym: 'Yassine', scores: scoresOf(7), source: 'code' }),
    ]);
    expect(screen.getByText('Yassine was added to the session.')).toBeInTheDocument();

    // Scanning again opens the camera again; leaving the page stops it.
    await user.click(screen.getByRole('button', { name: 'Scan another code' }));
    await waitFor(() => expect(getUserMedia).toHaveBeenCalledTimes(2));
    detect.mockResolvedValue([]);
    expect(await screen.findByLabelText('Camera view')).toBeInTheDocument();
    unmount();
    expect(stop).toHaveBeenCalledTimes(2);
  });

  it('stops the camera when its panel closes or the page is hidden, and says so when the camera is refused', async () => {
    const stop = vi.fn();
    const getUserMedia = vi
      .fn()
      .mockResolvedValueOnce({ getTracks: () => [{ stop }] })
      .mockResolvedValueOnce({ getTracks: () => [{ stop }] })
      .mockRejectedValueOnce(new DOMException('Permission denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia },
    });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = async () => ['qr_code'];
        detect = async () => [];
      },
    );

    const { user } = await renderAddParticipants();
    const toggle = screen.getByRole('button', { name: 'Scan or type a code' });
    await user.click(toggle);
    await user.click(await screen.findByRole('button', { name: 'Open the camera' }));
    expect(await screen.findByLabelText('Camera view')).toBeInTheDocument();
    await user.click(toggle);
    expect(stop).toHaveBeenCalledTimes(1);

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Open the camera' }));
    expect(await screen.findByLabelText('Camera view')).toBeInTheDocument();
    window.dispatchEvent(new Event('pagehide'));
    expect(stop).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('button', { name: 'Open the camera' })).toBeInTheDocument();
    await user.click(toggle);

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Open the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The camera is not allowed for this page.',
    );
    expect(screen.getByRole('textbox', { name: 'Share code or results link' })).toBeInTheDocument();
  });
});

describe('adding participants: paper scores', () => {
  it('adds one typed participant from a name and six scores; a bad score or no name is refused', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paper scores' }));
    const score = (type: string) =>
      screen.getByRole('textbox', { name: new RegExp(`^${type} — `) });
    const name = screen.getByRole('textbox', { name: 'Name' });
    const values = { R: '80', I: '35', A: '20', S: '65', E: '40', C: '101' };
    for (const [type, value] of Object.entries(values)) await user.type(score(type), value);

    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Type a name.')).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(participants()).toHaveLength(0);

    await user.type(name, 'Hind');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 score needs correcting.');
    expect(score('C')).toHaveFocus();
    expect(participants()).toHaveLength(0);

    await user.clear(score('C'));
    await user.type(score('C'), '10');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(participants()).toHaveLength(1));
    expect(participants()[0]).toMatchObject({
      pseudonym: 'Hind',
      scores: { R: 80, I: 35, A: 20, S: 65, E: 40, C: 10 },
      source: 'typed',
      schoolLevel: null,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Hind was added to the session.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(score('R')).toHaveValue('');
  });

  it('refuses a name that is too long', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Paper scores' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.paste('x'.repeat(61));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(name).toHaveAccessibleDescription(/A name has at most 60 characters\./);
    expect(name).toHaveFocus();
    expect(participants()).toHaveLength(0);
  });
});

describe('adding participants: session file', () => {
  const other: Session = {
    id: 'other-device',
    name: 'Other device',
    date: '2026-11-29',
    notes: '',
    participants: [1, 2, 3].map((i) => ({
      id: `p${i}`,
      pseudonym: `Amina ${i}`,
      scores: scoresOf(i),
      source: 'code' as const,
      schoolLevel: null,
      addedAt: '2026-11-29T10:00:00.000Z',
    })),
  };

  /** A file as the file input gives it (jsdom's files cannot be read, so `text` is given). */
  function jsonFile(content: string, size?: number) {
    const file = new File([content], 'session.json', { type: 'application/json' });
    const text = vi.fn(async () => content);
    Object.defineProperty(file, 'text', { value: text });
    if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
    return { file, text };
  }

  it('merges an exported file without duplicates', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Session file' }));
    const input = screen.getByLabelText('Session file (.json)');
    expect(input).toHaveAttribute('accept', '.json,application/json');

    await user.upload(input, jsonFile(exportSessionFile([other])).file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('status')).toHaveTextContent('3 participants added.');
    expect(participants().map((p) => p.pseudonym)).toEqual(['Amina 1', 'Amina 2', 'Amina 3']);
    expect(participants()[0]!.addedAt).toBe('2026-11-29T10:00:00.000Z');

    await user.upload(input, jsonFile(exportSessionFile([other])).file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No participant added.3 were already in the session.',
      ),
    );
    expect(participants()).toHaveLength(3);
  });

  it('refuses a file with a changed character and leaves the session as it was', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Session file' }));
    const changed = exportSessionFile([other]).replace('"Amina 2"', '"Amina 8"');
    await user.upload(screen.getByLabelText('Session file (.json)'), jsonFile(changed).file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported.');
    expect(alert).toHaveTextContent('The file was changed after it was exported.');
    expect(alert).toHaveTextContent('Nothing was changed in the session.');
    expect(participants()).toHaveLength(0);
  });

  it('says where a file is damaged', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Session file' }));
    const damaged = exportSessionFile([other]).replace('"R": 2,', '"R": 200,');
    await user.upload(screen.getByLabelText('Session file (.json)'), jsonFile(damaged).file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Its content is damaged: session 1, participant 2.',
    );
    expect(participants()).toHaveLength(0);
  });

  it('refuses a file too large before reading it', async () => {
    const { user, participants } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Session file' }));
    const big = jsonFile(exportSessionFile([other]), MAX_SESSION_FILE_LENGTH + 1);
    await user.upload(screen.getByLabelText('Session file (.json)'), big.file);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'It is larger than 5 MB, the most a session file can be.',
    );
    expect(big.text).not.toHaveBeenCalled();
    expect(participants()).toHaveLength(0);
  });

  it('asks for a file when none is chosen', async () => {
    const { user } = await renderAddParticipants();
    await user.click(screen.getByRole('button', { name: 'Session file' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const input = screen.getByLabelText('Session file (.json)');
    expect(input).toHaveAccessibleDescription('Choose a file first.');
    expect(input).toHaveFocus();
  });
});
