import '@/components/ui/forms.css';
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { regionName, towns } from '@/data/places';
import type { Town } from '@/data/schemas';
import { searchTowns } from '@/domain/town-search';
import { useLang } from '@/lib/i18n/use-lang';

export interface TownComboboxProps {
  initial: string;
  /** A town chosen from the suggestions. */
  onTown: (town: Town) => void;
  /** Text submitted without choosing a suggestion: the page resolves it or says it is unknown. */
  onText: (text: string) => void;
}

/**
 * A town search as an ARIA 1.2 combobox: suggestions as you type (in either script, forgiving
 * accents, hyphens, diacritics and hamza/alef/ya variants), Up/Down to move, Enter to choose,
 * Escape to close, and the number of suggestions announced politely.
 */
export function TownCombobox({ initial, onTown, onText }: TownComboboxProps) {
  const { t } = useTranslation('centers');
  const lang = useLang();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const suggestions = useMemo(() => searchTowns(towns, text, 8), [text]);
  const showList = open && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (town: Town) => {
    setText(town.name[lang]);
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
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    if (text.trim()) onText(text.trim());
  };

  return (
    <form className="town-search" onSubmit={submit} role="search">
      <div className="field combobox">
        <label htmlFor={inputId}>{t('town.label')}</label>
        <p id={hintId} className="muted field-hint">
          {t('town.hint')}
        </p>
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={t('town.label')}
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
          {open && text.trim().length > 0
            ? suggestions.length > 0
              ? t('town.suggestions', { count: suggestions.length })
              : t('town.none', { query: text.trim() })
            : ''}
        </p>
      </div>
      <Button type="submit">{t('town.submit')}</Button>
    </form>
  );
}
