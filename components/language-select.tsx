import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { useI18n } from './i18n';

const CHOICES = ['auto', 'ko', 'en', 'zh_CN'] as const;

export function LanguageSelect(props: { settings: Settings | undefined }) {
  const { t } = useI18n();
  return (
    <label class="field">
      <span>{t('lang.label')}</span>
      <select
        data-testid="language-select"
        value={props.settings?.language ?? 'auto'}
        onChange={(e) =>
          void send('settings.update', {
            language: (e.currentTarget as HTMLSelectElement).value as Settings['language'],
          })
        }
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`lang.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
