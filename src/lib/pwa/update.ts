/**
 * The one way to apply a new version of the app, once its service worker has one waiting: set by
 * the worker's registration (`src/app/service-worker.ts`), called by the "update now" button of
 * the notice. The new worker takes over and the page reloads; answers, settings and counselor
 * sessions live in storage, so the reload keeps them all.
 */
let applyWaitingUpdate: (() => Promise<void>) | null = null;

export function setUpdateHandler(handler: (() => Promise<void>) | null): void {
  applyWaitingUpdate = handler;
}

/** Applies the waiting version; false when there is none (the notice is then stale). */
export async function applyUpdate(): Promise<boolean> {
  if (!applyWaitingUpdate) return false;
  await applyWaitingUpdate();
  return true;
}
