/**
 * Pictograms for the five points of the scale: faces from a frown to a broad smile, drawn in SVG so
 * they look the same on every phone (emoji fonts differ). Decorative: the label says the same.
 */
const MOUTHS: Record<number, string> = {
  1: 'M9 22 Q16 14 23 22',
  2: 'M10 21 Q16 17 22 21',
  3: 'M10 20 L22 20',
  4: 'M10 19 Q16 23 22 19',
  5: 'M9 18 Q16 27 23 18',
};

export function ScaleFace({ point }: { point: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
      className={`face face--${point}`}
    >
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="11" cy="12.5" r="1.8" fill="currentColor" />
      <circle cx="21" cy="12.5" r="1.8" fill="currentColor" />
      <path
        d={MOUTHS[point]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}
