import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';

/**
 * A short notice for the popup (or any page): which 1688 members need reconnecting (their refresh
 * token expired or was refused), with a button to options, where Reconnect is.
 */
export function AlibabaReauthNotice() {
  const { t } = useI18n();
  const list = useAsync(() => send('connections.list', {}), []);
  useEffect(
    () =>
      subscribeEvents((e) => {
        if (e.type === 'accounts.changed' || e.type === 'data.wiped') list.reload();
      }),
    [],
  );
  const stale = (list.value?.accounts ?? []).filter(
    (a) =>
      a.marketplace === 'alibaba' && (a.status === 'needsReauth' || a.lastError?.kind === 'alibaba.reauthRequired'),
  );
  if (!stale.length) return null;
  return (
    <div class="warn" role="status" data-testid="alibaba-reauth-notice">
      {stale.map((a) => (
        <p key={a.accountKey}>
          <strong>
            {t('alibaba.title')} · {a.label || a.accountId}
          </strong>
          : {t('alibaba.status.needsReauth')}
        </p>
      ))}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('alibaba.reconnect')}
      </button>
    </div>
  );
}
