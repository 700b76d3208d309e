import { useEffect, useState } from 'preact/hooks';
import { BoundedNumberField } from '@/components/bounded-number-field';
import { useI18n } from '@/components/i18n';
import { type MessageError, send } from '@/utils/protocol/client';
import { SETTINGS_DEFAULTS, type Settings } from '@/utils/settings/schema';

type Prefs = Settings['notifications'];
type Flag = 'newOrders' | 'shippingDeadline' | 'cancelRequests' | 'connectionProblems' | 'newInquiries';
const FLAGS: Flag[] = ['newOrders', 'shippingDeadline', 'cancelRequests', 'newInquiries', 'connectionProblems'];
const HOURS = { min: 1, max: 72 };
const INTERVAL = { min: 1, max: 120 };

const DEFAULTS: Prefs = SETTINGS_DEFAULTS.notifications;

function wholeIn(value: string, b: { min: number; max: number }): boolean {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= b.min && n <= b.max;
}

/**
 * Settings → Notifications: new orders and cancel requests are on by default, the others off; the
 * seller turns each on or off here. Also the deadline lead time and how often Crossdock syncs by itself.
 */
export function NotificationsSection(props: { settings: Settings | undefined }) {
  const { t } = useI18n();
  const current = props.settings?.notifications ?? DEFAULTS;
  const interval = props.settings?.sync.intervalMinutes ?? 5;
  const [prefs, setPrefs] = useState<Prefs>(current);
  const [hours, setHours] = useState(String(current.deadlineHours));
  const [minutes, setMinutes] = useState(String(interval));
  const [state, setState] = useState<{ saved?: boolean; error?: string }>({});

  useEffect(() => {
    setPrefs(current);
    setHours(String(current.deadlineHours));
  }, [JSON.stringify(current)]);
  useEffect(() => setMinutes(String(interval)), [interval]);

  const hoursBad = !wholeIn(hours, HOURS);
  const minutesBad = !wholeIn(minutes, INTERVAL);

  const save = async (e: Event) => {
    e.preventDefault();
    // Until the stored values are in, the form holds defaults: saving them would overwrite the seller's choices.
    if (!props.settings || hoursBad || minutesBad) return;
    try {
      // Only this form's fields: the background applies them to the stored settings.
      await send('settings.update', {
        notifications: { ...prefs, deadlineHours: Number(hours) },
        sync: { intervalMinutes: Number(minutes) },
      });
      setState({ saved: true });
    } catch (err) {
      setState({ error: (err as MessageError).message ?? String(err) });
    }
  };

  return (
    <section id="notifications" aria-labelledby="notifications-h">
      <h2 id="notifications-h">{t('notif.title')}</h2>
      <p>{t('notif.intro')}</p>
      <form class="card" data-testid="notifications-form" onSubmit={(e) => void save(e)}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend class="sr-only">{t('notif.title')}</legend>
          {FLAGS.map((flag) => (
            <label class="field" key={flag}>
              <input
                type="checkbox"
                data-testid={`notif-${flag}`}
                checked={prefs[flag]}
                onChange={(e) => {
                  setState({});
                  setPrefs({ ...prefs, [flag]: (e.currentTarget as HTMLInputElement).checked });
                }}
              />
              <span>{t(`notif.${flag}`)}</span>
            </label>
          ))}
        </fieldset>
        <BoundedNumberField
          id="notif-deadlineHours"
          label={t('notif.deadlineHours', HOURS)}
          {...HOURS}
          value={hours}
          invalid={hoursBad}
          invalidText={t('notif.invalid', HOURS)}
          onInput={(v) => {
            setState({});
            setHours(v);
          }}
        />
        <BoundedNumberField
          id="sync-interval"
          label={t('notif.interval', INTERVAL)}
          {...INTERVAL}
          value={minutes}
          invalid={minutesBad}
          invalidText={t('notif.invalid', INTERVAL)}
          onInput={(v) => {
            setState({});
            setMinutes(v);
          }}
        />
        <div class="row">
          <button type="submit" data-testid="notifications-save" disabled={!props.settings}>
            {t('common.save')}
          </button>
          <span role="status" class={state.error ? 'error' : 'ok'} data-testid="notifications-status">
            {state.saved ? t('common.saved') : state.error ? t('common.error', { message: state.error }) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
