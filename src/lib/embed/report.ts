import { embedMessage, MAX_RESULT_SECTORS, type EmbedMessage, type EmbedSector } from './messages';
import { embedOptions } from './mode';

/**
 * Sends `message` to the page that embeds this one, and only to it: `targetOrigin` is the origin
 * the school's snippet gave (`host`), so a page of any other origin framing the app receives
 * nothing. Outside embed mode, or without a valid `host`, nothing is sent (never to `*`).
 * Returns whether the message was handed to the browser.
 */
export function postToHost(message: EmbedMessage): boolean {
  const host = embedOptions()?.host;
  if (!host) return false;
  try {
    window.parent.postMessage(message, host);
    return true;
  } catch {
    // A detached frame or an odd browser: the host page then simply hears nothing.
    return false;
  }
}

export interface EmbedResult {
  /** The share code on screen (13 symbols, without separators). */
  code: string;
  /** The ranked sectors with their bands, best first; only the first three are sent. */
  sectors: readonly EmbedSector[];
}

/**
 * Tells the school's page that a user's results are on screen: the share code and the first three
 * sectors with their bands, nothing else (never the answers). Sent only in embed mode when the
 * school opted in (`data-share-result`). The results screen calls it whenever what it shows
 * changes; callers avoid repeating the same result.
 */
export function reportEmbedResult({ code, sectors }: EmbedResult): boolean {
  if (!embedOptions()?.shareResult) return false;
  return postToHost(
    embedMessage('result', {
      code,
      sectors: sectors.slice(0, MAX_RESULT_SECTORS).map(({ id, band }) => ({ id, band })),
    }),
  );
}
