import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TownCombobox } from '@/components/town-combobox';
import { Button } from '@/components/ui/button';
import { towns } from '@/data/towns';
import type { Town } from '@/data/schemas';
import { resolveTown } from '@/domain/town-search';

export interface TownSearchFormProps {
  /** The text to show: the chosen town in the active language, or what was searched for. */
  initial: string;
  /** A town chosen from the suggestions, or the one town that the text designates. */
  onTown: (town: Town) => void;
  /** Text that designates no single town: the page offers the choices or says it is unknown. */
  onText: (text: string) => void;
  /** The field's id, which the page's messages lead to. */
  id?: string;
}

/** The finder's town search: the combobox and a button to search for what was typed. */
export function TownSearchForm({ initial, onTown, onText, id }: TownSearchFormProps) {
  const { t } = useTranslation('centers');
  const [text, setText] = useState(initial);
  // When the page's town changes from elsewhere (a choice, a link, another language), show it,
  // without remounting the field, which would lose the focus.
  const [shown, setShown] = useState(initial);
  if (initial !== shown) {
    setShown(initial);
    setText(initial);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    if (!typed) return;
    const resolution = resolveTown(towns, typed);
    if (resolution.kind === 'town') onTown(resolution.town);
    else onText(typed);
  };
  return (
    <form className="town-search" onSubmit={submit} role="search">
      <TownCombobox
        id={id}
        value={text}
        onValueChange={setText}
        onTown={onTown}
        label={t('town.label')}
        hint={t('town.hint')}
      />
      <Button type="submit">{t('town.submit')}</Button>
    </form>
  );
}
