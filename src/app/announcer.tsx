import { useEffect, useState } from 'react';
import { onAnnounce } from '@/lib/announce';

/**
 * The page's one polite live region (a plain live region, not a `status` landmark of the
 * screen's own content): says what `announce()` sends (new results, the centers
 * found), for screen-reader users whose focus alone would not tell them what changed.
 */
export function Announcer() {
  const [message, setMessage] = useState({ text: '', count: 0 });
  useEffect(
    () => onAnnounce((text) => setMessage((previous) => ({ text, count: previous.count + 1 }))),
    [],
  );
  // Keyed by count, so that the same message twice is a new node and is said twice.
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      <p key={message.count}>{message.text}</p>
    </div>
  );
}
