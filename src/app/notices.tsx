import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { useNoticesStore } from '@/lib/store/notices';

/**
 * Most visits have no notice to show: their code, styles and strings load only once there is one
 * (storage refused or reset on this load, the app saved for offline use, a new version waiting).
 */
const view = lazyComponent(() => import('./notices-view').then((module) => module.NoticesView));

/** The app's notices about itself (`notices-view.tsx`), in the layout above the screen. */
export function Notices() {
  const any = useNoticesStore((state) => state.notices.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <view.Component />
    </Suspense>
  );
}
