import type { SectorIconId } from '@/data/ids';

/*
 * Masari's own sector pictures, drawn for it on a 24-unit grid: strokes only, in the text's
 * colour, no letters. Each is one path, its circles written as two arcs and its dots as tiny
 * strokes with round caps, so that the seventeen weigh little in the screens that show sectors.
 */
const DRAWINGS: Record<SectorIconId, string> = {
  // A laptop whose screen shows a pair of angle brackets, the sign of code.
  'laptop-code':
    'M4.5 5h15a1 1 0 0 1 1 1v9.5h-17V6a1 1 0 0 1 1-1zM3.5 15.5 2 18.5h20l-1.5-3M10 8l-2.5 2.25L10 12.5M14 8l2.5 2.25L14 12.5',
  // A reception desk's bell, which is also a dish cover: hotels and catering.
  'service-bell': 'M4.5 16a7.5 7.5 0 0 1 15 0M3 16h18v3H3zM12 8.5V6M10 6h4',
  // A preserving jar with a leaf on it: farm produce made into food.
  'food-jar':
    'M7 3.5h10v3H7zM8 6.5v1C6.5 8.3 5.5 9.5 5.5 11v8a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-8c0-1.5-1-2.7-2.5-3.5v-1M8.5 18c0-3.9 2.1-6 7-6 0 3.9-2.1 6-7 6zM8.5 18l3.5-3',
  // A gear wheel: machines and their parts.
  gear: 'M10.38 4.98 10.68 2.59H13.32L13.62 4.98 15.82 5.89 17.72 4.41 19.59 6.28 18.11 8.18 19.02 10.38 21.41 10.68V13.32L19.02 13.62 18.11 15.82 19.59 17.72 17.72 19.59 15.82 18.11 13.62 19.02 13.32 21.41H10.68L10.38 19.02 8.18 18.11 6.28 19.59 4.41 17.72 5.89 15.82 4.98 13.62 2.59 13.32V10.68L4.98 10.38 5.89 8.18 4.41 6.28 6.28 4.41 8.18 5.89ZM9 12a3 3 0 1 0 6 0 3 3 0 1 0-6 0',
  // A leaf, the sign of what is green: the environment and clean energy.
  leaf: 'M5 19C3.5 10.5 9.5 4 20 4c0 10.5-6.5 16.5-15 15zM3 21l9-9',
  // A fish, seen from the side.
  fish: 'M20.5 12c-2-3.5-5-5.5-8-5.5-3.5 0-6 2.5-7.5 5.5 1.5 3 4 5.5 7.5 5.5 3 0 6-2 8-5.5zM5 12 2.5 8.5v7zM16.5 10.5h.01M13.5 8.5c1 2.3 1 4.7 0 7',
  // A tractor, seen from the side: a big rear wheel, a cab and a bonnet.
  tractor:
    'M3 16a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0M7.5 16h.01M16 18a2.5 2.5 0 1 0 5 0 2.5 2.5 0 1 0-5 0M4.5 11.5v-7h7l1.5 7M3.5 11.5H20a1 1 0 0 1 1 1V15M12 16h3.5M17 11.5V8',
  // A tower crane with its load: building sites.
  'tower-crane':
    'M6 21V6M9.5 21V6M6 8l3.5 3.5L6 15l3.5 3.5M3 6h18M7.75 6V3M3 6l4.75-3L21 6M17.5 6v5.5M16 11.5h3v3h-3zM4 21h7.5',
  // A briefcase: offices and business.
  briefcase:
    'M4 7.5h16a1.5 1.5 0 0 1 1.5 1.5v9.5A1.5 1.5 0 0 1 20 20H4a1.5 1.5 0 0 1-1.5-1.5V9A1.5 1.5 0 0 1 4 7.5zM9 7.5v-2a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M2.5 13h8M13.5 13h8M10.5 11.5h3v3h-3z',
  // A stethoscope: care.
  stethoscope:
    'M5.5 3.5V8a4.5 4.5 0 0 0 9 0V3.5M4 3.5h3M13 3.5h3M10 12.5V15a4.5 4.5 0 0 0 9 0v-2M17 11a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
  // A car, seen from the front.
  car: 'M6.5 10.5l1.4-4.2a1.5 1.5 0 0 1 1.4-1.05h5.4a1.5 1.5 0 0 1 1.4 1.05l1.4 4.2M4.5 10.5h15a1.5 1.5 0 0 1 1.5 1.5v4.5H3V12a1.5 1.5 0 0 1 1.5-1.5zM6.5 13.5h1M16.5 13.5h1M5 16.5V19h3v-2.5M16 16.5V19h3v-2.5',
  // An airplane, seen from above.
  airplane:
    'M12 2.5c.8 0 1.5 1 1.5 2.5v4l7 4.5v2l-7-2.25V18l2.5 2v1.5l-4-.75-4 .75V20l2.5-2v-4.75l-7 2.25v-2l7-4.5V5c0-1.5.7-2.5 1.5-2.5z',
  // A lightning bolt: electricity.
  'lightning-bolt': 'M13.5 2.5 5 13.5h6.5l-1 8 8.5-11h-6.5z',
  // A lorry, seen from the side: goods on the move.
  truck:
    'M5 17.5H3.5a1 1 0 0 1-1-1v-10a1 1 0 0 1 1-1h10v12M9 17.5h6M13.5 9h4l3.5 4v3.5a1 1 0 0 1-1 1h-1M5 17.5a2 2 0 1 0 4 0 2 2 0 1 0-4 0M15 17.5a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
  // A T-shirt: clothing.
  shirt:
    'M8.5 3.5 3 6.5 4.75 11l2.75-1v10.5h9V10l2.75 1L21 6.5l-5.5-3c-.5 1.5-1.75 2.25-3.5 2.25S9 5 8.5 3.5z',
  // A pot with a zigzag band, as on painted pottery: handmade crafts.
  vase: 'M9 3.5h6M10 3.5V6C7 7.5 5 10 5 13.5 5 17.3 8 20 12 20s7-2.7 7-6.5C19 10 17 7.5 14 6V3.5M9.5 20 9 21.5h6l-.5-1.5M6 11.5l2 1.5 2-1.5 2 1.5 2-1.5 2 1.5 2-1.5',
  // An adult beside a child: looking after people.
  'adult-child':
    'M5 7.5a3 3 0 1 0 6 0 3 3 0 1 0-6 0M3.25 20.5v-2a4.75 4.75 0 0 1 9.5 0v2M15.75 11.5a2.25 2.25 0 1 0 4.5 0 2.25 2.25 0 1 0-4.5 0M15 20.5v-1.25a3 3 0 0 1 6 0v1.25',
};

/** Drawings of something that moves forward, turned to face the reading direction. */
const FACING: ReadonlySet<SectorIconId> = new Set(['fish', 'tractor', 'truck']);

export interface SectorIconProps {
  icon: SectorIconId;
}

/**
 * A sector's picture, decorative (the sector's name always goes with it): hidden from assistive
 * technology and out of the tab order. One em square, so it follows the font size of where it
 * sits and the text-size setting; drawn in `currentColor`. No stylesheet of its own: the screens
 * that show it size and colour its container (a stylesheet this small would be one more file to
 * fetch).
 */
export function SectorIcon({ icon }: SectorIconProps) {
  return (
    <svg
      className={FACING.has(icon) ? 'sector-icon mirror-rtl' : 'sector-icon'}
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={DRAWINGS[icon]} />
    </svg>
  );
}
