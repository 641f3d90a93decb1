import { useLayoutEffect, useRef, type RefObject } from 'react';
import { revealContent } from '@/lib/reveal';

/**
 * Whenever `view` changes (a page of items turned, another step shown), the new view's heading
 * (`data-view-heading` inside `root`) takes focus and its top (`data-view-top`, else `fallbackTop`,
 * else the heading) scrolls to the top of the view. The first view is left alone: arriving on a
 * screen is the layout's business.
 */
export function useViewReveal(
  view: string,
  root: RefObject<HTMLElement | null>,
  fallbackTop?: RefObject<Element | null>,
): void {
  const shownView = useRef(view);
  useLayoutEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    const element = root.current;
    revealContent(element?.querySelector<HTMLElement>('[data-view-heading]') ?? null, {
      scrollTarget: element?.querySelector('[data-view-top]') ?? fallbackTop?.current,
    });
  }, [view, root, fallbackTop]);
}
