import { useEffect, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Focuses `heading` (which needs `tabIndex={-1}`) once, when the calling component mounts after a
 * navigation inside the app, so that screen-reader and keyboard users start reading the new content
 * there. Not on a page's first load (the history entry the browser opened, whose `key` is
 * `'default'`), where reading starts at the top of the page as usual; and not on later renders (a
 * filter changed, a program removed from a comparison), which leave focus where the user put it.
 *
 * The layout moves focus to the main content when the path changes, unless the new screen has
 * placed it first (`src/app/layout.tsx`): this hook is how a screen places it on its heading,
 * including when its content replaces another's at the same path (the program list and the
 * comparison). New content shown within one screen (`useReveal`, `useViewReveal`) is theirs.
 */
export function useFocusHeadingOnArrival(heading: RefObject<HTMLElement | null>): void {
  const { key } = useLocation();
  // The navigation the component mounted on; a later one does not make it arrive again.
  const [arrivedInApp] = useState(() => key !== 'default');
  useEffect(() => {
    if (arrivedInApp) heading.current?.focus();
  }, [arrivedInApp, heading]);
}
