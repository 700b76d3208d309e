import { useEffect, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type TFunction, useAsync, useI18n } from '@/components/i18n';
import type { Locale, MessageKey } from '@/utils/i18n';
import { durationParts } from '@/utils/privacy/retention';
import { send } from '@/utils/protocol/client';
import type { InventoryItem } from '@/utils/protocol/messages/privacy';
import { atMostEvery } from '@/utils/ui/at-most-every';

/**
 * During a sync the orders change every few hundred milliseconds. A read of the inventory now
 * walks index keys only (privacy/inventory.ts; it used to read every cached record, ~1 s with
 * 10,000 orders), but a table that changes every 300 ms is unreadable anyway: re-read at most
 * this often on order changes; the last change is always followed by one.
 */
const ORDERS_RELOAD_MS = 5_000;

/** "What is stored" (compliance C6): every declared category with its count, age and expiry. */
export function StoredView() {
  const { t, locale } = useI18n();
  const inv = useAsync(() => send('privacy.inventory', {}));
  const reload = useRef(inv.reload);
  reload.current = inv.reload;
  const [onOrders] = useState(() => atMostEvery(ORDERS_RELOAD_MS, () => reload.current()));
  useEffect(() => onOrders.cancel, []);
  useEvent(['data.wiped', 'settings.changed', 'accounts.changed'], () => inv.reload());
  useEvent(['orders.changed'], onOrders.call);
  const v = inv.value;
  return (
    <div class="card" data-testid="stored-view" aria-busy={inv.loading}>
      <div class="row">
        <h3 id="stored-h">{t('privacy.stored.title')}</h3>
        <button type="button" data-testid="stored-refresh" onClick={inv.reload}>
          {t('privacy.refresh')}
        </button>
      </div>
      <p class="muted">{t('privacy.stored.intro')}</p>
      {inv.error !== undefined && (
        <p class="error" role="alert">
          {t('common.error', { message: String((inv.error as Error).message ?? inv.error) })}
        </p>
      )}
      {v && (
        <table aria-labelledby="stored-h">
          <thead>
            <tr>
              <th scope="col">{t('privacy.stored.category')}</th>
              <th scope="col">{t('privacy.stored.where')}</th>
              <th scope="col">{t('privacy.stored.count')}</th>
              <th scope="col">{t('privacy.stored.oldest')}</th>
              <th scope="col">{t('privacy.stored.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {v.items.map((item) => (
              <tr key={item.id} data-testid={`stored-${item.id}`} data-count={item.count}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {t(item.label as MessageKey)}
                  {(item.pii || item.secret) && (
                    <span class="muted"> · {t(item.secret ? 'privacy.flag.secret' : 'privacy.flag.pii')}</span>
                  )}
                </th>
                <td>{t(`privacy.area.${item.area}`)}</td>
                <td>{item.count}</td>
                <td>{item.oldest ? ago(t, v.now - item.oldest) : '—'}</td>
                <td>{expiry(t, locale, item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v && <CacheKinds kinds={v.cacheKinds} now={v.now} />}
    </div>
  );
}

function CacheKinds(props: {
  kinds: Array<{ kind: string; count: number; oldest: number; nextExpiry: number; encrypted: number }>;
  now: number;
}) {
  const { t, locale } = useI18n();
  return (
    <div data-testid="stored-cache-kinds">
      <h4 id="cache-kinds-h">{t('privacy.cache.title')}</h4>
      {props.kinds.length === 0 ? (
        <p class="muted">{t('privacy.cache.none')}</p>
      ) : (
        <table aria-labelledby="cache-kinds-h">
          <thead>
            <tr>
              <th scope="col">{t('privacy.cache.kind')}</th>
              <th scope="col">{t('privacy.stored.count')}</th>
              <th scope="col">{t('privacy.cache.encrypted')}</th>
              <th scope="col">{t('privacy.stored.oldest')}</th>
              <th scope="col">{t('privacy.stored.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {props.kinds.map((k) => (
              <tr key={k.kind} data-testid={`cache-kind-${k.kind}`} data-count={k.count}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {kindLabel(t, k.kind)}
                </th>
                <td>{k.count}</td>
                <td>{k.encrypted}</td>
                <td>{ago(t, props.now - k.oldest)}</td>
                <td>{t('privacy.expiry.next', { time: clock(locale, k.nextExpiry) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function kindLabel(t: TFunction, kind: string): string {
  const key = `privacy.kind.${kind}`;
  const label = t(key as MessageKey);
  return label === key ? kind : label;
}

export function duration(t: TFunction, ms: number): string {
  const { unit, n } = durationParts(ms);
  return t(`privacy.duration.${unit}`, { n });
}

function ago(t: TFunction, ms: number): string {
  return t('privacy.age', { duration: duration(t, ms) });
}

function clock(locale: Locale, at: number): string {
  const tag = locale === 'zh_CN' ? 'zh-CN' : locale;
  return new Date(at).toLocaleString(tag, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** When entries go away: the next known expiry, else the declared rule. */
function expiry(t: TFunction, locale: Locale, item: InventoryItem): string {
  if (item.count > 0 && item.nextExpiry) return t('privacy.expiry.next', { time: clock(locale, item.nextExpiry) });
  if (item.ttlMs !== null) return t('privacy.expiry.within', { duration: duration(t, item.ttlMs) });
  if (item.area === 'session') return t('privacy.expiry.session');
  if (item.clearedOn.includes('disconnect')) return t('privacy.expiry.disconnect');
  return t('privacy.expiry.deleteAll');
}
