import { useEffect, useState } from 'preact/hooks';
import { BoundedNumberField } from '@/components/bounded-number-field';
import { useI18n } from '@/components/i18n';
import { TTL_BOUNDS } from '@/utils/privacy/retention';
import { type MessageError, send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';

type Field = keyof typeof TTL_BOUNDS;
const FIELDS: Array<{ field: Field; label: 'privacy.ttl.pii' | 'privacy.ttl.reference' }> = [
  { field: 'piiTtlMinutes', label: 'privacy.ttl.pii' },
  { field: 'referenceTtlHours', label: 'privacy.ttl.reference' },
];

/** The cache times, within the schema's bounds; shortening one also drops older records at once. */
export function CacheTtlForm(props: { settings: Settings | undefined }) {
  const { t } = useI18n();
  const current = props.settings?.cache;
  const [values, setValues] = useState<Record<Field, string>>({ piiTtlMinutes: '', referenceTtlHours: '' });
  const [state, setState] = useState<{ saved?: boolean; error?: string }>({});

  useEffect(() => {
    if (current)
      setValues({ piiTtlMinutes: String(current.piiTtlMinutes), referenceTtlHours: String(current.referenceTtlHours) });
  }, [current?.piiTtlMinutes, current?.referenceTtlHours]);

  const invalid = (f: Field) => {
    const n = Number(values[f]);
    return !Number.isInteger(n) || n < TTL_BOUNDS[f].min || n > TTL_BOUNDS[f].max;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!current || FIELDS.some(({ field }) => invalid(field))) return;
    try {
      await send('settings.update', {
        cache: { piiTtlMinutes: Number(values.piiTtlMinutes), referenceTtlHours: Number(values.referenceTtlHours) },
      });
      setState({ saved: true });
    } catch (err) {
      setState({ error: (err as MessageError).message ?? String(err) });
    }
  };

  return (
    <form class="card" data-testid="cache-ttl-form" onSubmit={(e) => void save(e)} aria-labelledby="ttl-h">
      <h3 id="ttl-h">{t('privacy.ttl.title')}</h3>
      {FIELDS.map(({ field, label }) => {
        const { min, max } = TTL_BOUNDS[field];
        const bad = values[field] !== '' && invalid(field);
        return (
          <BoundedNumberField
            key={field}
            id={`ttl-${field}`}
            label={t(label, { min, max })}
            min={min}
            max={max}
            value={values[field]}
            invalid={bad}
            invalidText={t('privacy.ttl.invalid', { min, max })}
            onInput={(v) => {
              setState({});
              setValues({ ...values, [field]: v });
            }}
          />
        );
      })}
      <div class="row">
        <button type="submit" data-testid="ttl-save" disabled={!current}>
          {t('common.save')}
        </button>
        <span role="status" class={state.error ? 'error' : 'ok'}>
          {state.saved ? t('common.saved') : state.error ? t('common.error', { message: state.error }) : ''}
        </span>
      </div>
    </form>
  );
}
