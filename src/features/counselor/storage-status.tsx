import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { safeStorage } from '@/lib/storage/safe-storage';
import { STORAGE_PREFIX } from '@/lib/store/persisted';
import { useCounselorStore } from './store';

/** Below this much free space the page warns that storage is nearly full. */
const LOW_SPACE = 1024 * 1024;

/**
 * `persisted`: the browser promised to keep the site's data; `best-effort`: it may clear it when
 * space runs low; `unknown`: the browser has no storage manager (older ones, some iframes).
 */
type Persistence = 'persisted' | 'best-effort' | 'unknown';

function useStorageMode() {
  return useSyncExternalStore(
    (listener) => safeStorage.onModeChange(listener),
    () => safeStorage.mode(),
    () => safeStorage.mode(),
  );
}

/** The characters the sessions take in storage (what the browser counts against its quota). */
function useSessionsSize(): number {
  const sessions = useCounselorStore((state) => state.sessions);
  const [size, setSize] = useState(0);
  useEffect(() => {
    // Read after the store has written: the persisted text, not an estimate of it.
    const timer = setTimeout(
      () => setSize(safeStorage.getItem(`${STORAGE_PREFIX}counselor`)?.length ?? 0),
      0,
    );
    return () => clearTimeout(timer);
  }, [sessions]);
  return size;
}

/**
 * Where the sessions stand: saved or not (a browser that blocks storage, or a full one, keeps
 * them in memory only), whether the browser may clear them (with a button that asks it not to,
 * `navigator.storage.persist()`, only when the counselor presses it), and the space they take.
 * Screens show it after their main content: the browser answers asynchronously, after the first
 * paint, and an answer arriving above the content would push it down under the user's finger.
 */
export function StorageStatus() {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const mode = useStorageMode();
  const size = useSessionsSize();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [asked, setAsked] = useState<'granted' | 'refused' | null>(null);
  const [lowSpace, setLowSpace] = useState(false);

  useEffect(() => {
    let current = true;
    const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!manager?.persisted) return;
    void manager
      .persisted()
      .then((persisted) => {
        if (current) setPersistence(persisted ? 'persisted' : 'best-effort');
      })
      .catch(() => undefined);
    void manager
      .estimate?.()
      .then(({ quota, usage }) => {
        if (current && quota !== undefined && usage !== undefined)
          setLowSpace(quota - usage < LOW_SPACE);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const ask = async () => {
    let granted = false;
    try {
      granted = (await navigator.storage.persist()) === true;
    } catch {
      granted = false;
    }
    setAsked(granted ? 'granted' : 'refused');
    if (granted) setPersistence('persisted');
  };

  return (
    <div className="stack storage-status no-print">
      {mode === 'memory' ? (
        <Alert tone="warning" role="alert" title={t('storage.memoryTitle')}>
          <p>{t('storage.memory')}</p>
        </Alert>
      ) : null}
      {lowSpace ? (
        <Alert tone="warning" role="status">
          <p>{t('storage.low')}</p>
        </Alert>
      ) : null}
      {mode === 'persistent' && persistence === 'best-effort' ? (
        <Alert tone="info" role="note">
          <p>{t('storage.bestEffort')}</p>
          <Button variant="secondary" onClick={() => void ask()}>
            {t('storage.ask')}
          </Button>
        </Alert>
      ) : null}
      {asked === 'granted' ? (
        <Alert tone="success" role="status">
          <p>{t('storage.granted')}</p>
        </Alert>
      ) : asked === 'refused' ? (
        <Alert tone="info" role="status">
          <p>{t('storage.refused')}</p>
        </Alert>
      ) : null}
      {mode === 'persistent' && size > 0 ? (
        <p className="muted">
          {t('storage.size', {
            size: formatNumber(Math.max(1, Math.round(size / 1024)), lang),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** What counselor mode stores, where, and that nothing leaves the device. */
export function PrivacyNote() {
  const { t } = useTranslation('counselor');
  const id = useId();
  return (
    <Card as="section" aria-labelledby={id} className="privacy-note">
      <h2 id={id}>{t('privacy.heading')}</h2>
      <ul>
        <li>{t('privacy.what')}</li>
        <li>{t('privacy.where')}</li>
        <li>{t('privacy.nothingLeaves')}</li>
        <li>{t('privacy.names')}</li>
        <li>{t('privacy.erase')}</li>
      </ul>
    </Card>
  );
}
