import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { announce } from './announce';

/**
 * One way to move a user to new content on the current screen (the next page of the
 * questionnaire, results that a form just produced, centers found near a place): the content's
 * heading takes focus, the content scrolls into view below any sticky bar, and a message is
 * announced to screen readers.
 *
 * Sticky bars register their height with `useStickyInset`; it becomes the root's
 * `scroll-padding`, which the browser also honours when the Tab key moves focus, so a sticky bar
 * never covers the focused element (WCAG 2.2, 2.4.11).
 */

export interface RevealOptions {
  /**
   * What to scroll to the top of the view, when it is not the focused element itself (a sticky
   * heading does not scroll: the block it heads does).
   */
  scrollTarget?: Element | null;
  /** Said by screen readers, for content whose heading alone does not tell what changed. */
  message?: string;
}

/**
 * Focuses `heading` (which needs `tabIndex={-1}` unless it is focusable) without the browser's own
 * jump, then scrolls `scrollTarget` (default: the heading) to the top of the view, below the
 * sticky bars, and announces `message`.
 */
export function revealContent(heading: HTMLElement | null, options: RevealOptions = {}): void {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const target = options.scrollTarget ?? heading;
  // At once, not smoothly: new content replaces what was read. jsdom has no scrollIntoView.
  if (typeof target.scrollIntoView === 'function') {
    target.scrollIntoView({ block: 'start' });
  }
  if (options.message) announce(options.message);
}

/** Which edge of the viewport a sticky bar sits on. */
export type StickyEdge = 'start' | 'end';

const insets: Record<StickyEdge, Map<object, number>> = { start: new Map(), end: new Map() };

function applyInsets(): void {
  const root = document.documentElement;
  for (const edge of ['start', 'end'] as const) {
    const total = Math.max(0, ...insets[edge].values());
    root.style.setProperty(`--sticky-${edge}`, `${Math.ceil(total)}px`);
  }
}

/**
 * Registers the element in `ref` as a sticky bar on `edge` for as long as the calling component
 * is mounted, following its height as it changes (text size, a warning shown in it, rotation).
 */
export function useStickyInset(ref: RefObject<HTMLElement | null>, edge: StickyEdge): void {
  // Before paint, so that a focus moved in the same commit already sees the padding.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const key = {};
    const measure = () => {
      insets[edge].set(key, element.getBoundingClientRect().height);
      applyInsets();
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      insets[edge].delete(key);
      applyInsets();
    };
  }, [ref, edge]);
}

/**
 * Returns `reveal(message?)`, to call from the event handler that changes what the screen shows
 * (a form submitted, a place chosen): after the next render in which `heading` exists, it is
 * revealed as `revealContent` does, with `scrollTarget` (default: the heading) scrolled to the
 * top. Waiting for the heading matters where the new content is rendered by a navigation, which
 * React may render a little later than the event.
 */
export function useReveal(
  heading: RefObject<HTMLElement | null>,
  scrollTarget?: RefObject<Element | null>,
): (message?: string) => void {
  const pending = useRef<{ message: string | undefined } | null>(null);
  const [, requestRender] = useState(0);
  // After every render: cheap, and the only way to notice a heading that has just appeared.
  useEffect(() => {
    if (!pending.current || !heading.current) return;
    const { message } = pending.current;
    pending.current = null;
    revealContent(heading.current, { scrollTarget: scrollTarget?.current, message });
  });
  return useCallback((message?: string) => {
    pending.current = { message };
    requestRender((count) => count + 1);
  }, []);
}
