import { useId, useState } from 'react';

/**
 * A button that shows and hides a region of the page (the disclosure pattern): the button says
 * whether the region is open (`aria-expanded`) and which region it controls. A closed region is
 * `hidden`, so neither the eye nor a screen reader meets it; print styles may still show it.
 */
export function useDisclosure(initiallyOpen = false) {
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  return {
    open,
    setOpen,
    button: {
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((value) => !value),
    },
    region: { id, hidden: !open },
  } as const;
}
