import './ui/forms.css';
import './town-combobox.css';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { towns } from '@/data/towns';
import { regionName } from '@/data/regions';
import type { Town } from '@/data/schemas';
import { resolveTown, searchTowns } from '@/domain/town-search';
import { useLang } from '@/lib/i18n/use-lang';

export interface TownComboboxProps {
  /** The text in the box (controlled, so that forms can own it). */
  value: string;
  onValueChange: (text: string) => void;
  /** A town chosen from the suggestions. */
  onTown: (town: Town) => void;
  label: string;
  hint: string;
  /** The field's id, for a page whose messages lead to it; by default, a generated one. */
  id?: string;
}

/** The most characters the field takes: the longest town name is far shorter. */
export const TOWN_FIELD_MAX = 120;

/**
 * A town search as an ARIA 1.2 combobox: suggestions as you type (in either script, forgiving
 * accents, hyphens, diacritics and hamza/alef/ya variants), Up/Down to move, Enter to choose (the
 * highlighted suggestion, or else the one town the text designates: `resolveTown`), Escape to
 * close, and the number of suggestions announced politely. Used by the center finder and by the
 * questionnaire's optional context.
 */
export function TownCombobox({ value, onValueChange, onTown, label, hint, id }: TownComboboxProps) {
  const { t } = useTranslation('towns');
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const listId = useId();
  const hintId = useId();
  const suggestions = useMemo(() => searchTowns(towns, value, 8), [value]);
  const showList = open && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (town: Town) => {
    onValueChange(town.name[lang]);
    setOpen(false);
    setActive(-1);
    onTown(town);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && showList && active >= 0) {
      event.preventDefault();
      const town = suggestions[active];
      if (town) choose(town);
    } else if (event.key === 'Enter' && value.trim() !== '') {
      // What was typed designates one town (its name, another spelling, the only suggestion, an
      // unambiguous prefix): Enter chooses it. Otherwise the form receives the text as typed.
      const resolution = resolveTown(towns, value);
      if (resolution.kind === 'town') {
        event.preventDefault();
        choose(resolution.town);
      }
    }
  };

  return (
    <div className="field combobox">
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="muted field-hint">
        {hint}
      </p>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={TOWN_FIELD_MAX}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox__list"
        hidden={!showList}
      >
        {suggestions.map((town, index) => (
          // Options are chosen with the keyboard from the input (aria-activedescendant).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={town.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="combobox__option"
            // Keep the focus in the input: choosing happens on click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(town)}
          >
            <span>{town.name[lang]}</span>{' '}
            <span className="muted">{regionName(town.region)?.[lang]}</span>
          </div>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {open && value.trim().length > 0
          ? suggestions.length > 0
            ? t('suggestions', { count: suggestions.length })
            : t('none', { query: value.trim() })
          : ''}
      </p>
    </div>
  );
}
