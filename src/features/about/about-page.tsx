import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { SourceTitle } from '@/components/source-title';
import { occupations } from '@/data/occupations';
import { season } from '@/data/season';
import { sources } from '@/data/sources';
import { RIASEC_TYPES } from '@/domain/riasec';
import { useLang } from '@/lib/i18n/use-lang';
import { eraseAllSavedData } from '@/lib/store/persisted';
import { usePageTitle } from '@/lib/use-page-title';
import { SeasonFigures } from './season-figures';
import './about.css';

export default function AboutPage() {
  const { t } = useTranslation('about');
  const lang = useLang();
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const privacyRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);

  // `#/about?section=privacy` (the footer's privacy link) opens the page at its privacy part.
  const section = params.get('section');
  useEffect(() => {
    if (section === 'privacy') {
      privacyRef.current?.scrollIntoView?.();
      privacyRef.current?.focus();
    }
  }, [section]);

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Alert tone="info" role="note">
        <p>{t('exploration')}</p>
      </Alert>

      <Card as="section" aria-labelledby="about-method">
        <h2 id="about-method">{t('method.heading')}</h2>
        <p>{t('method.types')}</p>
        <ul className="riasec-list">
          {RIASEC_TYPES.map((type) => (
            <li key={type}>
              <span className="riasec-list__letter" aria-hidden="true">
                {type}
              </span>
              <span>{t(`method.${type}`)}</span>
            </li>
          ))}
        </ul>
        <p>{t('method.profiles')}</p>
        <p>{t('method.matching')}</p>
        <p>{t('method.limits')}</p>
        <p>{t('method.indicative')}</p>
      </Card>

      <Card as="section" aria-labelledby="about-season">
        <h2 id="about-season">
          {/* Isolated left-to-right, or "2025–2026" would read "2026–2025" in Arabic. */}
          {t('season.heading', { season: `\u2066${season.season.replace('-', '–')}\u2069` })}
        </h2>
        <SeasonFigures />
      </Card>

      <Card as="section" aria-labelledby="about-sources">
        <h2 id="about-sources">{t('sources.heading')}</h2>
        <p>{t('sources.lead')}</p>
        <ul className="sources">
          {sources.map((source) => (
            <li key={source.id}>
              <SourceTitle source={source} lang={lang} />{' '}
              <span className="muted">
                {source.year
                  ? t('sources.bylineYear', { publisher: source.publisher, year: source.year })
                  : t('sources.byline', { publisher: source.publisher })}
              </span>
            </li>
          ))}
        </ul>
      </Card>

      <Card as="section" aria-labelledby="about-credits">
        <h2 id="about-credits">{t('credits.heading')}</h2>
        <p>{t('credits.onet')}</p>
        {lang === 'en' ? null : (
          <>
            <p>{t('credits.original')}</p>
            <blockquote lang="en" dir="ltr" className="quote">
              <p>{occupations.attribution}</p>
              <p>{occupations.modification}</p>
            </blockquote>
          </>
        )}
        <p>{t('credits.geonames')}</p>
        <p>{t('credits.regions')}</p>
      </Card>

      <Card as="section" aria-labelledby="about-privacy">
        <h2 id="about-privacy" ref={privacyRef} tabIndex={-1}>
          {t('privacy.heading')}
        </h2>
        <ul>
          <li>{t('privacy.noServer')}</li>
          <li>{t('privacy.stored')}</li>
          <li>{t('privacy.shared')}</li>
        </ul>
      </Card>

      <Card as="section" aria-labelledby="about-erase">
        <h2 id="about-erase">{t('erase.heading')}</h2>
        <p>{t('erase.body')}</p>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('erase.button')}
        </Button>
        {erased ? (
          <div className="stack">
            <Alert tone="success" role="status">
              <p>{t('erase.done')}</p>
            </Alert>
          </div>
        ) : null}
      </Card>

      <Dialog
        open={confirming}
        title={t('erase.confirmTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('erase.cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                eraseAllSavedData();
                setConfirming(false);
                setErased(true);
              }}
            >
              {t('erase.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('erase.confirmBody')}</p>
      </Dialog>
    </div>
  );
}
