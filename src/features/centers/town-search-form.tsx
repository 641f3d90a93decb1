import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TownCombobox } from '@/components/town-combobox';
import { Button } from '@/components/ui/button';
import type { Town } from '@/data/schemas';

export interface TownSearchFormProps {
  initial: string;
  /** A town chosen from the suggestions. */
  onTown: (town: Town) => void;
  /** Text submitted without choosing a suggestion: the page resolves it or says it is unknown. */
  onText: (text: string) => void;
}

/** The finder's town search: the combobox and a button to search for what was typed. */
export function TownSearchForm({ initial, onTown, onText }: TownSearchFormProps) {
  const { t } = useTranslation('centers');
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onText(text.trim());
  };
  return (
    <form className="town-search" onSubmit={submit} role="search">
      <TownCombobox
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
