import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';
import { TextSizeSelect } from './text-size-select';

/** The display settings the header's globe button opens: the language and the text size. */
export function SettingsPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="settings-panel" role="group" aria-label={t('settings.label')}>
      <LanguageSwitcher />
      <TextSizeSelect />
    </div>
  );
}
