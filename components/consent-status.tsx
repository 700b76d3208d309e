import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { AnyEvent } from '@/utils/protocol/events';
import type { ConsentStatus } from '@/utils/protocol/messages/privacy';

/**
 * The seller's consent as the background records it, kept current: re-read after a wipe,
 * a settings change (retention times are part of the notice) and whenever the page is shown
 * again (consent given in the options tab while this side panel stayed open).
 */
export function useConsentStatus(onEvent?: (e: AnyEvent) => void) {
  const [status, setStatus] = useState<ConsentStatus>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(
    () =>
      send('privacy.consentStatus', {}).then(
        (s) => {
          setStatus(s);
          setError(undefined);
        },
        (e) => setError(e),
      ),
    [],
  );
  // Subscribes once: `onEvent` from the first render is the one called (callers pass stable setters).
  useEffect(() => {
    void reload();
    const unsubscribe = subscribeEvents((e) => {
      if (e.type === 'data.wiped' || e.type === 'settings.changed' || e.type === 'consent.changed') void reload();
      onEvent?.(e);
    });
    const onShow = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', onShow);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', onShow);
    };
  }, []);
  return { status, setStatus, reload, error };
}
