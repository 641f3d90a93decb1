import { useCallback, useEffect, useRef, useState } from 'react';
import type { LatLon } from '@/domain/geo';

/**
 * Why no position came: refused by the user or the browser (`denied`), not found (`unavailable`),
 * too slow or never answered (`timeout`), a page not served over https (`insecure`: browsers give
 * positions only to secure pages), or a browser without geolocation (`unsupported`).
 */
export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'insecure' | 'unsupported';
export type GeoState =
  { status: 'idle' } | { status: 'busy' } | { status: 'failed'; reason: GeoFailure };

/** How long the browser may look for the position, once the user has allowed it. */
const TIMEOUT_MS = 15_000;
/**
 * How long to wait for any answer at all. Some browsers never answer when the permission prompt
 * is dismissed rather than refused, and the `timeout` above only starts once it is allowed.
 */
const NO_ANSWER_MS = 30_000;

/**
 * The device's position, asked only when the user presses the button. Coarse accuracy is enough
 * for "nearest center" and answers faster; a recent cached position is accepted. Every way of
 * failing ends in a `failed` state with its reason, never in a search that spins for ever.
 */
export function useGeolocation(onPosition: (position: LatLon) => void) {
  const [state, setState] = useState<GeoState>({ status: 'idle' });
  // Each press starts a new request; the answers of an older one are ignored.
  const request = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      request.current += 1;
      window.clearTimeout(timer.current);
    },
    [],
  );

  const locate = useCallback(() => {
    request.current += 1;
    const current = request.current;
    window.clearTimeout(timer.current);
    const fail = (reason: GeoFailure) => setState({ status: 'failed', reason });
    // Browsers refuse positions to pages not served over https (some also hide the API there).
    if (window.isSecureContext === false) {
      fail('insecure');
      return;
    }
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) {
      fail('unsupported');
      return;
    }
    setState({ status: 'busy' });
    timer.current = window.setTimeout(() => {
      if (current === request.current) fail('timeout');
    }, NO_ANSWER_MS);
    try {
      geolocation.getCurrentPosition(
        (position) => {
          // A position that comes after the wait was given up is still the user's: it is used.
          if (current !== request.current) return;
          window.clearTimeout(timer.current);
          setState({ status: 'idle' });
          onPosition({ lat: position.coords.latitude, lon: position.coords.longitude });
        },
        (error) => {
          if (current !== request.current) return;
          window.clearTimeout(timer.current);
          fail(
            error.code === error.PERMISSION_DENIED
              ? 'denied'
              : error.code === error.TIMEOUT
                ? 'timeout'
                : 'unavailable',
          );
        },
        { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 10 * 60_000 },
      );
    } catch {
      window.clearTimeout(timer.current);
      fail('unavailable');
    }
  }, [onPosition]);

  return { state, locate };
}
