import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useConsentStatus } from '@/components/consent-status';
import { useI18n } from '@/components/i18n';
import { useWiped } from '@/components/reset-on-wipe';
import type { Settings } from '@/utils/settings/schema';
import { ConsentScreen } from './consent-screen';

/**
 * Options shows the consent screen instead of everything else until the seller agrees to the
 * current notice; after "delete all" or a withdrawal it comes back, as on a fresh install.
 */
export function ConsentGate(props: { settings: Settings | undefined; children: ComponentChildren }) {
  const { t } = useI18n();
  // Mounted afresh by the wipe (ResetOnWipe): it says so until the seller agrees again.
  const [accepted, setAccepted] = useState(false);
  const wiped = useWiped() && !accepted;
  const { status, setStatus, error } = useConsentStatus();
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
          setAccepted(true);
          setStatus(s);
        }}
      />
    );
  }
  return <>{props.children}</>;
}
