import './radio-scale.css';
import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { toLatinDigits } from '@/domain/digits';

export interface ScaleOption<V extends string | number> {
  value: V;
  /** Text shown and read for the point, e.g. "Like". */
  label: string;
  /** A decorative pictogram; hidden from assistive technology since the label says it. */
  icon?: ReactNode;
}

export interface RadioScaleProps<V extends string | number> {
  /** Group name; unique on the page. */
  name: string;
  /** The question, as the group's legend. */
  legend: ReactNode;
  options: readonly ScaleOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Extra description read after the legend (e.g. an error message). */
  describedBy?: string;
  invalid?: boolean;
  /** Receives the first radio: a form focuses it to point at an unanswered question. */
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the legend, inside the group (e.g. a read-aloud button, an error message). */
  children?: ReactNode;
}

/**
 * A rating scale built as a native radio group: Tab enters the group, arrow keys move between
 * points (mirrored in right-to-left text by the browser), and the digit keys 1…n pick a point
 * directly, in Western or Arabic-Indic digits (١…٥ on an Arabic keyboard layout). Each point is a
 * large touch target with its text always visible.
 */
export function RadioScale<V extends string | number>({
  name,
  legend,
  options,
  value,
  onChange,
  describedBy,
  invalid = false,
  inputRef,
  children,
}: RadioScaleProps<V>) {
  const legendId = useId();

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // An Arabic keyboard layout types ٤ (or ۴) on the key that types 4 elsewhere.
    const key = toLatinDigits(event.key);
    const option = /^[1-9]$/.test(key) ? options[Number(key) - 1] : undefined;
    if (!option) return;
    event.preventDefault();
    onChange(option.value);
    const input = event.currentTarget.querySelector<HTMLInputElement>(
      `input[value="${String(option.value)}"]`,
    );
    input?.focus();
  }

  return (
    // A fieldset is the native radio group; the key handler only adds digit shortcuts.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <fieldset
      className="scale"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onKeyDown={onKeyDown}
    >
      <legend id={legendId} className="scale__legend">
        {legend}
      </legend>
      {children}
      <div className="scale__options" style={{ ['--scale-count' as string]: options.length }}>
        {options.map((option, index) => (
          <label key={String(option.value)} className="scale__option">
            <input
              ref={index === 0 ? inputRef : undefined}
              type="radio"
              className="scale__input"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.icon ? (
              <span className="scale__icon" aria-hidden="true">
                {option.icon}
              </span>
            ) : null}
            <span className="scale__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
