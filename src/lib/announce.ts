/**
 * Messages for the page's one polite live region (`src/app/announcer.tsx`): what changed on the
 * screen, for screen-reader users whose focus alone would not tell them. Kept apart from
 * `reveal.ts` so that the first screen carries only this.
 */
type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Sends a message to the live region. */
export function announce(message: string): void {
  listeners.forEach((listener) => listener(message));
}

/** Subscribes the live region to announcements; returns the unsubscribe function. */
export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
