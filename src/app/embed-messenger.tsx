import { useEffect, useRef, type RefObject } from 'react';
import { embedMessage, MAX_EMBED_HEIGHT } from '@/lib/embed/messages';
import { postToHost } from '@/lib/embed/report';
import { useLang } from '@/lib/i18n/use-lang';

/**
 * In embed mode, tells the school's page about the frame (`src/lib/embed/messages.ts`): `ready`
 * once after the first render, then `resize` whenever the height of `content` changes by a pixel
 * or more, measured at most once per animation frame. Messages go only to the origin the snippet
 * gave (`postToHost`); without one, nothing is sent. Renders nothing.
 */
export function EmbedMessenger({ content }: { content: RefObject<HTMLElement | null> }) {
  const lang = useLang();
  // Refs survive the development mode's second run of effects: each message is sent once.
  const readySent = useRef(false);
  const lastHeight = useRef<number | null>(null);

  useEffect(() => {
    if (readySent.current) return;
    readySent.current = true;
    postToHost(embedMessage('ready', { lang }));
  }, [lang]);

  useEffect(() => {
    const element = content.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const height = element.getBoundingClientRect().height;
      if (lastHeight.current !== null && Math.abs(height - lastHeight.current) < 1) return;
      lastHeight.current = height;
      const rounded = Math.min(Math.ceil(height), MAX_EMBED_HEIGHT);
      postToHost(embedMessage('resize', { height: rounded }));
    };
    // Many changes in one frame (a screen's content arriving piece by piece) make one message.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // Without ResizeObserver (older browsers) the first height is still sent; the loader's
    // default height covers the rest.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    if (observer) observer.observe(element);
    else schedule();
    return () => {
      observer?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [content]);

  return null;
}
