import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { useLang } from '@/lib/i18n/use-lang';
import { usePageTitle } from '@/lib/use-page-title';
import { ConfiguratorForm } from './configurator-form';
import {
  loaderUrl,
  MIN_HEIGHT,
  previewUrl,
  readConfigurator,
  snippetFor,
  type ConfiguratorValues,
  type SnippetOptions,
} from './snippet';
import { SnippetPanel } from './snippet-panel';
import { useDebouncedValue } from './use-debounced-value';
import './embed.css';

/** How long the form must rest before the preview reloads: each reload starts the app again. */
const PREVIEW_DELAY_MS = 400;

/** The app in embed mode with the form's options, at a fixed height (the loader sizes the real one). */
function EmbedPreview({ options }: { options: SnippetOptions }) {
  const { t } = useTranslation('embed');
  const src = useDebouncedValue(previewUrl(window.location, options), PREVIEW_DELAY_MS);
  const height = useDebouncedValue(options.minHeight ?? MIN_HEIGHT.initial, PREVIEW_DELAY_MS);
  return (
    <>
      <p className="muted">{t('preview.note', { height })}</p>
      <iframe
        className="embed-preview__frame"
        title={t('preview.frameTitle')}
        src={src}
        loading="lazy"
        height={height}
      />
    </>
  );
}

/** For schools: the snippet that embeds Masari in their own pages, configured and previewed. */
export default function EmbedPage() {
  // The sectors' names (a choice of the form) download with the screen's strings.
  const { t } = useTranslation(['embed', 'catalogue']);
  const lang = useLang();
  usePageTitle(t('title'));
  const form = useForm<ConfiguratorValues>({
    mode: 'onTouched',
    defaultValues: {
      lang,
      sectors: [],
      town: '',
      accent: '',
      minHeight: String(MIN_HEIGHT.initial),
      shareResult: false,
    },
  });
  const options = useWatch({ control: form.control, compute: readConfigurator });
  const snippet = snippetFor(loaderUrl(window.location), options);
  const origin = window.location.origin;

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <div className="embed-layout">
        <Card as="section" aria-labelledby="embed-settings" className="embed-layout__form">
          <h2 id="embed-settings">{t('form.heading')}</h2>
          <ConfiguratorForm form={form} />
        </Card>

        <Card as="section" aria-labelledby="embed-code" accent className="embed-layout__code">
          <h2 id="embed-code">{t('snippet.heading')}</h2>
          <SnippetPanel snippet={snippet} />
        </Card>

        <Card as="section" aria-labelledby="embed-preview" className="embed-layout__preview">
          <h2 id="embed-preview">{t('preview.heading')}</h2>
          <EmbedPreview options={options} />
        </Card>
      </div>

      <Card as="section" aria-labelledby="embed-help">
        <h2 id="embed-help">{t('help.heading')}</h2>
        <p>{t('help.paste')}</p>
        <p>{t('help.tracking')}</p>
        <p>{t('help.csp')}</p>
        <pre className="embed-code-block" dir="ltr">
          <code>{`script-src ${origin};\nframe-src ${origin};`}</code>
        </pre>
      </Card>
    </div>
  );
}
