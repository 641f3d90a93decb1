import { accentColors, type AccentColors } from '@/lib/embed/accent';

/*
 * A school's colour on an embedded page (`data-accent`). Loaded by the bootstrap only when a
 * colour is given, so the first screen of the full app does not carry it.
 */

const ACCENT_PROPERTIES = {
  primary: '--color-primary',
  primaryStrong: '--color-primary-strong',
  onPrimary: '--color-on-primary',
} as const satisfies Record<keyof AccentColors, string>;

let accent: AccentColors | null = null;
let darkScheme: MediaQueryList | null | undefined;

/**
 * Puts the school's colours on the root's custom properties in the light scheme, and takes them
 * off in the dark one, whose own colours are kept (see `src/lib/embed/accent.ts`): inline
 * properties would otherwise win over the dark scheme's rules. `data-accent` lets links take the
 * colour too (`layout.css`).
 */
function paintAccent(): void {
  const root = document.documentElement;
  const shown = accent !== null && !darkScheme?.matches;
  for (const [key, property] of Object.entries(ACCENT_PROPERTIES)) {
    if (shown && accent) root.style.setProperty(property, accent[key as keyof AccentColors]);
    else root.style.removeProperty(property);
  }
  if (shown) root.dataset.accent = '';
  else delete root.dataset.accent;
}

/** Paints the school's colour, made readable (`accentColors`), before the first render. */
export function applyAccent(value: string | null): void {
  accent = accentColors(value);
  if (darkScheme === undefined) {
    darkScheme =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null;
    darkScheme?.addEventListener('change', paintAccent);
  }
  paintAccent();
}
