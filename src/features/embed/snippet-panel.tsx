import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { isolateLtr } from './ltr';

async function writeToClipboard(text: string): Promise<boolean> {
  // Missing outside secure contexts (a school intranet served over http).
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The older way, for browsers that refuse the clipboard API: copy the selected text. */
function copySelection(field: HTMLTextAreaElement): boolean {
  field.focus();
  field.select();
  try {
    // Deprecated, but still the only way where the clipboard API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The snippet, read-only, with a copy button whose outcome is announced politely. */
export function SnippetPanel({ snippet }: { snippet: string }) {
  const { t } = useTranslation('embed');
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // The outcome belongs to the snippet it copied: once the form changes it, "copied" is stale.
  const [outcome, setOutcome] = useState<{ snippet: string; copied: boolean } | null>(null);
  const shown = outcome?.snippet === snippet ? outcome : null;

  const copy = async () => {
    const field = fieldRef.current;
    const copied = (await writeToClipboard(snippet)) || (field !== null && copySelection(field));
    // When both fail, the text stays selected for the keyboard's copy.
    if (!copied && field) {
      field.focus();
      field.select();
    }
    setOutcome({ snippet, copied });
  };

  return (
    <div className="embed-snippet">
      <label htmlFor={`${id}-code`}>{t('snippet.label')}</label>
      <p id={`${id}-hint`} className="muted field-hint">
        {t('snippet.where')}
      </p>
      <textarea
        id={`${id}-code`}
        ref={fieldRef}
        className="embed-snippet__code"
        dir="ltr"
        readOnly
        rows={4}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={snippet}
      />
      <div className="actions">
        <Button onClick={() => void copy()}>{t('snippet.copy')}</Button>
      </div>
      <p role="status" className="embed-snippet__status">
        {shown === null
          ? ''
          : shown.copied
            ? t('snippet.copied')
            : t('snippet.copyFailed', {
                keys: isolateLtr('Ctrl+C'),
                macKeys: isolateLtr('⌘+C'),
              })}
      </p>
    </div>
  );
}
