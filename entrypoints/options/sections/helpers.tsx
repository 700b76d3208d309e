import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { HELPER_IDS } from '@/utils/page-helpers/registry';
import type { HelperId } from '@/utils/page-helpers/types';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';

/** Options → Page helpers: one switch per helper panel (settings.disabledHelpers). */
export function HelpersSection(props: { settings: Settings | undefined }) {
  const { t } = useI18n();
  const disabled = props.settings?.disabledHelpers ?? [];
  // One helper's switch: the background applies it to the stored list, so quick clicks on two
  // switches never undo each other.
  const toggle = (helperId: HelperId, enabled: boolean) => {
    void send('settings.setHelperEnabled', { helperId, enabled }).catch(() => undefined);
  };
  return (
    <section id="helpers" aria-labelledby="helpers-h" data-testid="helpers-section">
      <h2 id="helpers-h">{t('helper.options.title')}</h2>
      <p class="muted">{t('helper.options.intro')}</p>
      {HELPER_IDS.map((id) => (
        <p key={id}>
          <label>
            <input
              type="checkbox"
              data-testid={`helper-enabled-${id}`}
              checked={!disabled.includes(id)}
              disabled={!props.settings}
              onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t(`helper.name.${id}` as MessageKey)}
          </label>
        </p>
      ))}
    </section>
  );
}
