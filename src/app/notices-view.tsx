import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyUpdate } from '@/lib/pwa/update';
import { useStickyInset } from '@/lib/reveal';
import { selectNotices, useNoticesStore, type Notice, type NoticeKind } from '@/lib/store/notices';
import './notices.css';

/** The message of a notice: a reset names the data it erased; storage refused and full differ. */
function messageKey(notice: Notice) {
  switch (notice.kind) {
    case 'storage-reset':
      return `storageReset.${notice.store}` as const;
    case 'storage-memory':
      return notice.cause === 'full' ? 'storageFull' : 'storageMemory';
    case 'offline-ready':
      return 'offlineReady';
    case 'update-ready':
      return 'updateReady';
  }
}

const TONES = {
  'storage-reset': 'warning',
  'storage-memory': 'warning',
  'offline-ready': 'success',
  'update-ready': 'info',
} as const satisfies Record<NoticeKind, 'info' | 'success' | 'warning'>;

/** Notices about the installed app: they arrive at any time, so they float over the page. */
const FLOATING: ReadonlySet<NoticeKind> = new Set(['offline-ready', 'update-ready']);

/** The room the page keeps at its end while floating notices show (read by `notices.css`). */
const NOTICES_ROOM = '--notices-room';

/**
 * While the floating notices in `ref` show, the page keeps room at its end as tall as the part of
 * the window they cover, following their height: scrolled to the bottom, the end of the page (the
 * footer's links) shows above them instead of under them. Nothing above moves: the room is added
 * after the last content.
 */
function useRoomAtEnd(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      const offset = parseFloat(getComputedStyle(element).bottom) || 0;
      const room = element.getBoundingClientRect().height + offset;
      root.style.setProperty(NOTICES_ROOM, `${Math.ceil(room)}px`);
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(NOTICES_ROOM);
    };
  }, [ref]);
}

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
      <p>{t(messageKey(notice))}</p>
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
      {floating.length > 0 ? <FloatingNotices>{floating.map(render)}</FloatingNotices> : null}
    </>
  );
}

/** The bar of notices fixed at the bottom of the window, with the room it needs at the end. */
function FloatingNotices({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useRoomAtEnd(ref);
  // What the Tab key brings into view stops above the bar, as above a sticky bar.
  useStickyInset(ref, 'end');
  return (
    <div className="notices notices--floating" ref={ref}>
      {children}
    </div>
  );
}
