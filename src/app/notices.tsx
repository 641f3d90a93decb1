import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { selectNotices, useNoticesStore, type NoticeKind } from '@/lib/store/notices';

const MESSAGE_KEYS = {
  'storage-reset': 'notices.storageReset',
  'storage-memory': 'notices.storageMemory',
} as const satisfies Record<NoticeKind, string>;

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
          tone="warning"
          role="status"
          onDismiss={() => dismiss(notice.id)}
          dismissLabel={t('notices.dismiss')}
        >
          <p>{t(MESSAGE_KEYS[notice.kind])}</p>
        </Alert>
      ))}
    </div>
  );
}
