import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { eraseAllSavedData } from '@/lib/store/persisted';
import { usePageTitle } from '@/lib/use-page-title';

export default function AboutPage() {
  const { t } = useTranslation('about');
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
      <p>{t('exploration')}</p>

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
