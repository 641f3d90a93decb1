import './profile-hexagon.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from '@/domain/riasec';

/** The drawing's size, in its own units: about one unit per CSS pixel at its widest. */
const WIDTH = 340;
const HEIGHT = 250;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 80;
const LABEL_GAP = 14;
/** The margin above the top labels and below the bottom ones, cut from the view. */
const TOP = 18;
/** A label's width per character at most, in the drawing's units (14 px, semi-bold). */
const LABEL_CHAR_WIDTH = 8.6;

export interface Point {
  x: number;
  y: number;
}

/**
 * Where each type sits on Holland's hexagon, as a unit vector from the centre: Realistic at the
 * top on the side where reading starts, then round the hexagon in reading order (clockwise in a
 * left-to-right language, counter-clockwise in Arabic). Only positions are mirrored, never text.
 */
export function hexagonDirection(type: RiasecType, dir: 'ltr' | 'rtl'): Point {
  const angle = ((-120 + 60 * RIASEC_TYPES.indexOf(type)) * Math.PI) / 180;
  const x = Math.cos(angle);
  return { x: dir === 'rtl' ? -x : x, y: Math.sin(angle) };
}

/** The corner of the profile's shape for one type: its score, 0–100, along its spoke. */
export function profilePoint(type: RiasecType, score: number, dir: 'ltr' | 'rtl'): Point {
  const unit = hexagonDirection(type, dir);
  const length = (RADIUS * Math.min(100, Math.max(0, score))) / 100;
  return { x: CENTER.x + unit.x * length, y: CENTER.y + unit.y * length };
}

const round = (value: number) => Math.round(value * 10) / 10;
const pointsOf = (points: Point[]) => points.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ');

export interface ProfileHexagonProps {
  profile: RiasecProfile;
  /** The language's direction: the hexagon reads from the side where the language starts. */
  dir: 'ltr' | 'rtl';
}

/**
 * A user's six scores as a shape on Holland's hexagon: the further a corner reaches towards a
 * type, the stronger that interest. A picture for the eye: the table of scores beside it is its
 * accessible alternative, so the drawing gives screen readers only its title and a pointer there.
 */
export function ProfileHexagon({ profile, dir }: ProfileHexagonProps) {
  const { t } = useTranslation(['results', 'profile']);
  const titleId = useId();
  const descId = useId();
  const outline = RIASEC_TYPES.map((type) => profilePoint(type, 100, dir));
  // A long type name (Conventionnel, Entreprenant) may reach past the drawing's usual frame: the
  // frame then widens on both sides alike, so that no label is cut off and the hexagon stays in
  // the middle. Estimated from the names' lengths, not measured: measuring would lay the whole
  // page out once more before its first paint.
  const over = Math.max(
    0,
    ...RIASEC_TYPES.map((type) => {
      const unit = hexagonDirection(type, dir);
      const x = CENTER.x + unit.x * (RADIUS + LABEL_GAP);
      const width = t(`profile:riasec.${type}`).length * LABEL_CHAR_WIDTH;
      const [left, right] =
        Math.abs(unit.x) < 0.6
          ? [x - width / 2, x + width / 2]
          : unit.x > 0
            ? [x, x + width]
            : [x - width, x];
      return Math.max(-left, right - WIDTH);
    }),
  );
  const margin = over > 0 ? Math.ceil(over) + 2 : 0;
  const viewBox = `${-margin} ${TOP} ${WIDTH + 2 * margin} ${HEIGHT - 2 * TOP}`;
  return (
    <svg
      className="profile-hexagon"
      viewBox={viewBox}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{t('results:hexagon.title')}</title>
      <desc id={descId}>{t('results:hexagon.description')}</desc>
      {[0.5, 1].map((ring) => (
        <polygon
          key={ring}
          className={
            ring === 1
              ? 'profile-hexagon__ring profile-hexagon__ring--outer'
              : 'profile-hexagon__ring'
          }
          points={pointsOf(RIASEC_TYPES.map((type) => profilePoint(type, 100 * ring, dir)))}
        />
      ))}
      {outline.map((corner, index) => (
        <line
          key={RIASEC_TYPES[index]}
          className="profile-hexagon__spoke"
          x1={CENTER.x}
          y1={CENTER.y}
          x2={round(corner.x)}
          y2={round(corner.y)}
        />
      ))}
      <polygon
        className="profile-hexagon__shape"
        points={pointsOf(RIASEC_TYPES.map((type) => profilePoint(type, profile[type], dir)))}
      />
      {RIASEC_TYPES.map((type) => {
        const unit = hexagonDirection(type, dir);
        const x = CENTER.x + unit.x * (RADIUS + LABEL_GAP);
        const y = CENTER.y + unit.y * (RADIUS + LABEL_GAP);
        // Away from the hexagon: a label on the right grows rightwards, on the left leftwards;
        // `start` and `end` follow the text's direction, so they swap in Arabic.
        const side = Math.abs(unit.x) < 0.6 ? 'middle' : unit.x > 0 ? 'right' : 'left';
        const anchor =
          side === 'middle' ? 'middle' : (side === 'right') === (dir === 'ltr') ? 'start' : 'end';
        return (
          <text
            key={type}
            className="profile-hexagon__label"
            x={round(x)}
            y={round(y + (unit.y > 0.5 ? 12 : unit.y < -0.5 ? -4 : 5))}
            textAnchor={anchor}
            direction={dir}
            data-type={type}
          >
            {t(`profile:riasec.${type}`)}
          </text>
        );
      })}
    </svg>
  );
}
