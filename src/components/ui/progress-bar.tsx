import './progress-bar.css';

export interface ProgressBarProps {
  /** Done so far, 0…max. Values outside are clamped. */
  value: number;
  max: number;
  /** Accessible name, e.g. "Questionnaire progress". */
  label: string;
  /** What a screen reader says for the value, e.g. "12 of 30"; also shown as text when `showText`. */
  valueText: string;
  showText?: boolean;
}

/** A determinate progress bar with an accessible name and a spoken value. */
export function ProgressBar({ value, max, label, valueText, showText = true }: ProgressBarProps) {
  const safeMax = max > 0 ? max : 1;
  const clamped = Math.min(Math.max(value, 0), safeMax);
  const percent = (clamped / safeMax) * 100;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
      >
        <div className="progress__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      {showText ? (
        <p className="progress__text" aria-hidden="true">
          {valueText}
        </p>
      ) : null}
    </div>
  );
}
