import { useCallback, useState } from 'react';
import type { LatLon } from '@/domain/geo';

export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';
export type GeoState =
  { status: 'idle' } | { status: 'busy' } | { status: 'failed'; reason: GeoFailure };

/**
 * The device's position, asked only when the user presses the button. Coarse accuracy is enough
 * for "nearest center" and answers faster; a recent cached position is accepted.
 */
export function useGeolocation(onPosition: (position: LatLon) => void) {
  const [state, setState] = useState<GeoState>({ status: 'idle' });

  const locate = useCallback(() => {
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) {
      setState({ status: 'failed', reason: 'unsupported' });
      return;
    }
    setState({ status: 'busy' });
    geolocation.getCurrentPosition(
      (position) => {
        setState({ status: 'idle' });
        onPosition({ lat: position.coords.latitude, lon: position.coords.longitude });
      },
      (error) => {
        const reason: GeoFailure =
          error.code === error.PERMISSION_DENIED
            ? 'denied'
            : error.code === error.TIMEOUT
              ? 'timeout'
              : 'unavailable';
        setState({ status: 'failed', reason });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }, [onPosition]);

  return { state, locate };
}
