import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyUpdate } from '@/lib/pwa/update';
import { selectNotices, useNoticesStore, type NoticeKind } from '@/lib/store/notices';

const MESSAGE_KEYS = {
  'storage-reset': 'notices.storageReset',
  'storage-memory': 'notices.storageMemory',
  'offline-ready': 'notices.offlineReady',
  'update-ready': 'notices.updateReady',
} as const satisfies Record<NoticeKind, string>;

const TONES = {
  'storage-reset': 'warning',
  'storage-memory': 'warning',
  'offline-ready': 'success',
  'update-ready': 'info',
} as const satisfies Record<NoticeKind, 'info' | 'success' | 'warning'>;

/** Shows the app's notices about itself (storage reset or unavailable) until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNoticesStore(selectNotices);
  const dismiss = useNoticesStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          tone={TONES[notice.kind]}
          role="status"
          onDismiss={() => dismiss(notice.id)}
          dismissLabel={t('notices.dismiss')}
        >
          <p>{t(MESSAGE_KEYS[notice.kind])}</p>
          {notice.kind === 'update-ready' ? (
            <Button
              onClick={() => {
                // Nothing waits any more (another tab applied it): the notice is stale.
                void applyUpdate().then((applied) => applied || dismiss(notice.id));
              }}
            >
              {t('notices.updateNow')}
            </Button>
          ) : null}
        </Alert>
      ))}
    </div>
  );
}
