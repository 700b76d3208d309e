import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { ConsentStatus } from '@/utils/protocol/messages/privacy';
import { useEvent } from './events';

/**
 * The seller's consent as the background records it, kept current: re-read after a wipe,
 * a settings change (retention times are part of the notice) and whenever the page is shown
 * again (consent given in the options tab while this side panel stayed open).
 */
export function useConsentStatus() {
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
  useEvent(['data.wiped', 'settings.changed', 'consent.changed'], () => void reload());
  useEffect(() => {
    void reload();
    const onShow = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', onShow);
    return () => {
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', onShow);
    };
  }, []);
  return { status, setStatus, reload, error };
}
