import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorText } from '@/components/error-text';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { AccountView } from '@/utils/protocol/messages/connections';
import { alibabaKindOf } from '@/utils/ui/errors/words-1688';
import { dateInZone, formatDateTime } from '@/utils/ui/format';
import { AlibabaConnectForm } from './connect-form';
import './alibaba.css';
import { idBesideLabel } from '@/utils/ui/account-name';

const DAY = 86_400_000;

interface Info {
  mode: 'ownApp' | 'relay';
  relayOrigin?: string;
  refreshExpiresAt?: number;
}

/** Options → Connections → 1688: connected members (status, expiry, reconnect, disconnect) and the connect form. */
export function AlibabaConnections() {
  const { t } = useI18n();
  const list = useAsync(async () => {
    const [accounts, info] = await Promise.all([send('connections.list', {}), send('alibaba.connectionInfo', {})]);
    return {
      accounts: accounts.accounts.filter((a) => a.marketplace === 'alibaba'),
      info: new Map(info.connections.map((c) => [c.accountKey, c as Info])),
    };
  }, []);
  useEvent(['accounts.changed', 'data.wiped'], () => list.reload());
  const accounts = list.value?.accounts ?? [];
  return (
    <div class="alibaba-connections" data-testid="alibaba-connections">
      <h3>{t('alibaba.title')}</h3>
      <p class="muted">{t('alibaba.intro')}</p>
      {list.error ? <ErrorText error={list.error} /> : null}
      {list.value && accounts.length === 0 ? (
        <p class="muted" data-testid="alibaba-empty">
          {t('alibaba.list.empty')}
        </p>
      ) : null}
      {accounts.length ? (
        <ul class="ali-accounts">
          {accounts.map((a) => (
            <AlibabaAccount
              key={a.accountKey}
              account={a}
              info={list.value?.info.get(a.accountKey)}
              onChanged={list.reload}
            />
          ))}
        </ul>
      ) : null}
      <AlibabaConnectForm onConnected={list.reload} />
    </div>
  );
}

function RefreshExpiry(props: { at?: number }) {
  const { t } = useI18n();
  if (props.at === undefined) return <span class="muted">{t('alibaba.account.refreshUnknown')}</span>;
  const date = dateInZone(props.at, 'CST');
  const days = Math.floor((props.at - Date.now()) / DAY);
  if (props.at <= Date.now())
    return (
      <span class="error" data-testid="alibaba-refresh-expiry" data-state="expired">
        {t('alibaba.account.refreshExpired', { date })}
      </span>
    );
  return (
    <span class={days <= 30 ? 'warn' : ''} data-testid="alibaba-refresh-expiry" data-state={days <= 30 ? 'soon' : 'ok'}>
      {t('alibaba.account.refreshExpiryValue', { date, days })}
    </span>
  );
}

function AlibabaAccount(props: { account: AccountView; info?: Info; onChanged: () => void }) {
  const { t } = useI18n();
  const a = props.account;
  const [busy, setBusy] = useState<'verify' | 'reconnect' | 'disconnect'>();
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const name = a.label || a.accountId;
  // The connection's own verdict, or its last error naming an authorization problem.
  const reauth = a.status === 'needsReauth' || alibabaKindOf(a.lastError) === 'reauthRequired';
  const status = busy === 'verify' ? 'checking' : reauth ? 'needsReauth' : a.status;

  const run = async (kind: 'verify' | 'reconnect' | 'disconnect', fn: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    setVerified(false);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const verify = () =>
    run('verify', async () => {
      const r = await send('connections.verify', { accountKey: a.accountKey });
      if (r.verification.ok) setVerified(true);
      else setError(r.verification.error);
      props.onChanged();
    });
  const reconnect = () =>
    run('reconnect', async () => {
      await send('connections.reauthorize', { accountKey: a.accountKey });
      props.onChanged();
    });
  const disconnect = () =>
    run('disconnect', async () => {
      await send('connections.disconnect', { accountKey: a.accountKey });
      setConfirming(false);
      props.onChanged();
    });

  const shownError = error ?? (a.status !== 'ok' && !reauth ? a.lastError : undefined);

  return (
    <li class="card" data-testid="alibaba-account" data-account-key={a.accountKey} data-status={status}>
      <div class="ali-account-head">
        <strong>{name}</strong>
        {idBesideLabel(a) ? (
          <span class="ali-mono muted" data-testid="alibaba-member-id">
            {a.accountId}
          </span>
        ) : null}
        <span class="ali-badge" data-testid="alibaba-account-mode">
          {t(`alibaba.mode.${props.info?.mode ?? (a.mode === 'relay' ? 'relay' : 'ownApp')}`)}
          {props.info?.relayOrigin ? ` · ${t('alibaba.account.relayVia', { origin: props.info.relayOrigin })}` : ''}
        </span>
        <span class="ali-badge" data-testid="alibaba-account-status" data-status={status}>
          {t(`alibaba.status.${status}`)}
        </span>
        <span class="spacer" />
        <button type="button" data-testid="alibaba-verify" onClick={verify} disabled={!!busy}>
          {busy === 'verify' ? t('alibaba.verifying') : t('alibaba.verify')}
        </button>
        <button
          type="button"
          class={reauth ? 'primary' : ''}
          data-testid="alibaba-reconnect"
          onClick={reconnect}
          disabled={!!busy}
        >
          {busy === 'reconnect' ? t('alibaba.reconnecting') : t('alibaba.reconnect')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="alibaba-disconnect"
          onClick={() => setConfirming(true)}
          disabled={!!busy}
        >
          {t('alibaba.disconnect')}
        </button>
      </div>
      <div class="ali-account-meta">
        <span>
          {t('alibaba.account.appKey')}: <span class="ali-mono">{a.maskedKey}</span>
        </span>
        <span>
          {t('alibaba.account.refreshExpiry')}:{' '}
          {reauth ? (
            <span class="error" data-testid="alibaba-refresh-expiry" data-state="refused">
              {t('alibaba.status.needsReauth')}
            </span>
          ) : (
            <RefreshExpiry at={props.info?.refreshExpiresAt} />
          )}
        </span>
        {a.lastSyncAt ? (
          <span class="muted">{t('alibaba.account.lastSync', { time: formatDateTime(a.lastSyncAt, 'KST') })}</span>
        ) : null}
      </div>
      {reauth ? (
        <p class="warn ali-reauth" data-testid="alibaba-needs-reauth">
          {t('alibaba.needsReauth')}
        </p>
      ) : null}
      {verified ? (
        <p class="ok" data-testid="alibaba-verified">
          {t('alibaba.verified')}
        </p>
      ) : null}
      {shownError ? <ErrorText error={shownError} testid="alibaba-account-error" /> : null}
      {confirming ? (
        <ConfirmDialog
          question={t('alibaba.disconnect.confirm', { name })}
          confirmLabel={t('alibaba.disconnect.yes')}
          confirmTestId="alibaba-disconnect-confirm"
          onConfirm={disconnect}
          onCancel={() => setConfirming(false)}
          busy={!!busy}
          cancelLabel={t('alibaba.cancel')}
        />
      ) : null}
    </li>
  );
}
