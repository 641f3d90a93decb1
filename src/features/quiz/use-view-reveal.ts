import { useLayoutEffect, useRef, type RefObject } from 'react';
import { revealContent } from '@/lib/reveal';

/**
 * Whenever `view` changes (a page of items turned, another step shown), the new view's heading
 * (`data-view-heading` inside `root`) takes focus and its top (`top`, else `data-view-top`, else
 * the heading) scrolls to the top of the view. The first view is left alone: arriving on a screen
 * is the layout's business.
 */
export function useViewReveal(
  view: string,
  root: RefObject<HTMLElement | null>,
  top?: RefObject<Element | null>,
): void {
  const shownView = useRef(view);
  useLayoutEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    const element = root.current;
    const reveal = () => {
      const heading = element?.querySelector<HTMLElement>('[data-view-heading]') ?? null;
      if (!heading) return false;
      revealContent(heading, {
        scrollTarget: top?.current ?? element?.querySelector('[data-view-top]'),
      });
      return true;
    };
    if (reveal() || !element) return;
    // A view whose code is still loading (a part loaded on demand) shows its heading later: it
    // takes focus when it arrives, unless another view came first.
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [view, root, top]);
}
