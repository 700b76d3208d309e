import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useConsentStatus } from '@/components/consent-status';
import { useEvent } from '@/components/events';
import { useI18n } from '@/components/i18n';
import type { Settings } from '@/utils/settings/schema';
import { ConsentScreen } from './consent-screen';

/**
 * Options shows the consent screen instead of everything else until the seller agrees to the
 * current notice; after "delete all" or a withdrawal it comes back, as on a fresh install.
 */
export function ConsentGate(props: { settings: Settings | undefined; children: ComponentChildren }) {
  const { t } = useI18n();
  const [wiped, setWiped] = useState(false);
  const { status, setStatus, error } = useConsentStatus();
  useEvent('data.wiped', () => setWiped(true));
  if (!status) {
    return (
      <p class={error ? 'error' : 'muted'} style={{ padding: '16px' }} role="status">
        {error ? t('common.error', { message: String((error as Error).message ?? error) }) : t('common.loading')}
      </p>
    );
  }
  if (!status.granted) {
    return (
      <ConsentScreen
        status={status}
        settings={props.settings}
        notice={wiped ? t('privacy.delete.done') : undefined}
        onAccepted={(s) => {
          setWiped(false);
          setStatus(s);
        }}
      />
    );
  }
  return <>{props.children}</>;
}
