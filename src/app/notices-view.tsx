import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyUpdate } from '@/lib/pwa/update';
import { selectNotices, useNoticesStore, type Notice, type NoticeKind } from '@/lib/store/notices';
import './notices.css';

const MESSAGE_KEYS = {
  'storage-reset': 'storageReset',
  'storage-memory': 'storageMemory',
  'offline-ready': 'offlineReady',
  'update-ready': 'updateReady',
} as const satisfies Record<NoticeKind, string>;

const TONES = {
  'storage-reset': 'warning',
  'storage-memory': 'warning',
  'offline-ready': 'success',
  'update-ready': 'info',
} as const satisfies Record<NoticeKind, 'info' | 'success' | 'warning'>;

/** Notices about the installed app: they arrive at any time, so they float over the page. */
const FLOATING: ReadonlySet<NoticeKind> = new Set(['offline-ready', 'update-ready']);

/**
 * Shows the app's notices about itself until dismissed: those about storage at the top of the
 * content, where they are on the first paint; those about the installed app (saved for offline
 * use, a new version) in a bar fixed at the bottom of the window, since they come after the page
 * has loaded and, placed above the content, would push it down under the user's finger.
 */
export function NoticesView() {
  const { t } = useTranslation('notices');
  const { t: tc } = useTranslation();
  const notices = useNoticesStore(selectNotices);
  const dismiss = useNoticesStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  const render = (notice: Notice) => (
    <Alert
      key={notice.id}
      tone={TONES[notice.kind]}
      role="status"
      onDismiss={() => dismiss(notice.id)}
      dismissLabel={tc('dismiss')}
    >
      <p>{t(MESSAGE_KEYS[notice.kind])}</p>
      {notice.kind === 'update-ready' ? (
        <Button
          onClick={() => {
            // Nothing waits any more (another tab applied it): the notice is stale.
            void applyUpdate().then((applied) => applied || dismiss(notice.id));
          }}
        >
          {t('updateNow')}
        </Button>
      ) : null}
    </Alert>
  );
  const inline = notices.filter((notice) => !FLOATING.has(notice.kind));
  const floating = notices.filter((notice) => FLOATING.has(notice.kind));
  return (
    <>
      {inline.length > 0 ? <div className="notices">{inline.map(render)}</div> : null}
      {floating.length > 0 ? (
        <div className="notices notices--floating">{floating.map(render)}</div>
      ) : null}
    </>
  );
}
