import { paths } from '@/lib/paths';

/**
 * Addresses inside counselor mode, all under `#/counselor` (the design's route): the list of
 * sessions, a session, one participant's results, every report, and the shared-device turn.
 */
export function counselorHref(
  sessionId?: string,
  extra: { participant?: string; view?: 'reports' | 'turn' } = {},
): string {
  const base = paths.counselor.href();
  if (sessionId === undefined) return base;
  const params = new URLSearchParams({ session: sessionId });
  if (extra.participant !== undefined) params.set('participant', extra.participant);
  if (extra.view !== undefined) params.set('view', extra.view);
  return `${base}?${params.toString()}`;
}

/** Today's date on this device, as `YYYY-MM-DD` (the local day, not UTC's). */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file name made of a session's name and date: letters and digits of any script, and `-`. */
export function fileNameOf(name: string, date: string, extension: string): string {
  const slug = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `masari-${slug || 'session'}-${date}.${extension}`;
}

/** Offers `text` as a file download with this name and type. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
