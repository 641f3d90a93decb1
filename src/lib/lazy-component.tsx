import { lazy, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  /** Renders the component at once if its code is in, or suspends until it is. */
  Component: ComponentType<P>;
  /** Starts downloading the code, once; a failed download is forgotten, to be tried again. */
  load(): Promise<ComponentType<P>>;
}

/**
 * A component whose code loads on demand. Unlike `lazy` alone, which suspends on its first render
 * even when the code arrived long before (a placeholder painted, then replaced, and focus moved
 * to nothing in between), it renders in the same pass once its code is in.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const once = () => {
    pending ??= load().then((component) => (loaded = component));
    pending.catch(() => (pending = undefined));
    return pending;
  };
  const Suspended = lazy(() => once().then((component) => ({ default: component })));
  function Component(props: P) {
    const Loaded = loaded ?? Suspended;
    return <Loaded {...props} />;
  }
  return { Component, load: once };
}
