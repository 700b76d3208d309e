import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { type AccountView, wingUserId } from '@/utils/protocol/messages/connections';
import { idBesideLabel } from '@/utils/ui/account-name';
import { formatDateTime, formatTimeHM, todayInZone } from '@/utils/ui/format';

/** Warn this many days before a Coupang key's 180-day expiry (Wing's re-issue button opens then). */
export const KEY_WARN_DAYS = 14;

interface Check {
  busy: boolean;
  ok?: boolean;
  error?: unknown;
  clockSkewSeconds?: number;
}

export function AccountList(props: { accounts: AccountView[]; onChanged: () => void }) {
  const { t } = useI18n();
  if (props.accounts.length === 0)
    return (
      <p class="muted" data-testid="conn-empty">
        {t('conn.list.empty')}
      </p>
    );
  return (
    <ul class="account-list" data-testid="account-list">
      {props.accounts.map((a) => (
        <AccountItem key={a.accountKey} account={a} onChanged={props.onChanged} />
      ))}
    </ul>
  );
}

function KeyExpiry(props: { account: AccountView }) {
  const { t } = useI18n();
  const { keyExpiresAt: date, expiresInDays: days } = props.account;
  if (!date || days === undefined) return <span class="muted">{t('conn.expiry.unknown')}</span>;
  if (days <= 0)
    return (
      <span class="error" data-testid="account-expiry" data-state="expired">
        {t('conn.expiry.expired', { date })} <ErrorText error={{ kind: 'keyExpired' }} inline />
      </span>
    );
  if (days <= KEY_WARN_DAYS)
    return (
      <span class="warn" data-testid="account-expiry" data-state="soon">
        {t('conn.expiry.soon', { date, days })}
      </span>
    );
  return (
    <span data-testid="account-expiry" data-state="ok">
      {t('conn.expiry.ok', { date, days })}
    </span>
  );
}

function AccountItem(props: { account: AccountView; onChanged: () => void }) {
  const { t } = useI18n();
  const a = props.account;
  const [check, setCheck] = useState<Check>({ busy: false });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [label, setLabel] = useState(a.label);
  const [issuedAt, setIssuedAt] = useState(a.keyIssuedAt ?? todayInZone('KST'));
  const [wingId, setWingId] = useState(a.wingUserId ?? '');
  const wingOk = wingId.trim() === '' || wingUserId.safeParse(wingId).success;
  const [actionError, setActionError] = useState<unknown>();
  const name = a.label || a.accountId;

  const verify = async () => {
    setCheck({ busy: true });
    try {
      const r = await send('connections.verify', { accountKey: a.accountKey });
      setCheck({
        busy: false,
        ok: r.verification.ok,
        error: r.verification.error,
        clockSkewSeconds: r.verification.clockSkewSeconds,
      });
      props.onChanged();
    } catch (error) {
      setCheck({ busy: false, ok: false, error });
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setActionError(undefined);
    try {
      await send('connections.update', {
        accountKey: a.accountKey,
        label: label.trim(),
        keyIssuedAt: issuedAt,
        ...(a.marketplace === 'coupang' && wingId.trim() ? { wingUserId: wingId.trim() } : {}),
      });
      setEditing(false);
      props.onChanged();
    } catch (error) {
      setActionError(error);
    }
  };

  const disconnect = async () => {
    setActionError(undefined);
    try {
      await send('connections.disconnect', { accountKey: a.accountKey });
      setConfirming(false);
      props.onChanged();
    } catch (error) {
      setActionError(error);
    }
  };

  const status = check.busy ? 'checking' : a.status;
  // The freshest diagnosis: this page's own check, else the account's last error.
  const shownError =
    check.ok === false ? check.error : check.ok ? undefined : a.status !== 'ok' ? a.lastError : undefined;

  return (
    <li class="card account" data-testid="account-row" data-account-key={a.accountKey} data-status={a.status}>
      <div class="account-head">
        <strong class="account-label">{name}</strong>
        {idBesideLabel(a) ? (
          <span class="mono" data-testid="account-vendor-id">
            {a.accountId}
          </span>
        ) : null}
        <span class="mono muted" data-testid="account-masked-key" title={t('conn.col.key')}>
          {a.maskedKey}
        </span>
        <span class={`badge status-${status}`} data-testid="account-status" data-status={status}>
          {t(`conn.status.${status}`)}
        </span>
        <span class="spacer" />
        <button type="button" data-testid="account-verify" onClick={verify} disabled={check.busy}>
          {check.busy ? t('conn.verifying') : t('conn.verify')}
        </button>
        <button type="button" data-testid="account-edit" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('conn.edit')}
        </button>
        <button type="button" class="danger" data-testid="account-disconnect" onClick={() => setConfirming(true)}>
          {t('conn.disconnect')}
        </button>
      </div>
      <div class="account-meta">
        <span>
          {t('conn.col.expiry')}: <KeyExpiry account={a} />
        </span>
        {a.lastSyncAt ? <span class="muted">{t('conn.lastSync', { time: formatDateTime(a.lastSyncAt) })}</span> : null}
        {a.blockedUntil && a.blockedUntil > Date.now() ? (
          <span class="warn">{t('conn.blockedUntil', { time: formatTimeHM(a.blockedUntil) })}</span>
        ) : null}
      </div>
      {check.ok ? (
        <div class="ok" data-testid="account-verified">
          {t('conn.verified')}
        </div>
      ) : null}
      {shownError ? (
        <ErrorText
          error={shownError}
          testid="account-error"
          blockedUntil={a.blockedUntil}
          clockSkewSeconds={check.clockSkewSeconds}
        />
      ) : null}
      {editing ? (
        <form class="row account-edit" onSubmit={save}>
          <label class="field">
            <span>{t('conn.field.label')}</span>
            <input
              data-testid="account-edit-label"
              value={label}
              maxLength={60}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('conn.field.issuedAt')}</span>
            <input
              data-testid="account-edit-issued-at"
              type="date"
              value={issuedAt}
              max={todayInZone('KST')}
              onInput={(e) => setIssuedAt(e.currentTarget.value)}
            />
          </label>
          {a.marketplace === 'coupang' ? (
            <label class="field">
              <span>{t('conn.field.wingUserId')}</span>
              <input
                data-testid="account-edit-wing-id"
                value={wingId}
                maxLength={50}
                autocomplete="username"
                aria-invalid={!wingOk}
                title={t('conn.field.wingUserIdHint')}
                onInput={(e) => setWingId(e.currentTarget.value)}
              />
              {wingOk ? null : <span class="hint error">{t('conn.invalid.wingUserId')}</span>}
            </label>
          ) : null}
          <button type="submit" class="primary" data-testid="account-edit-save" disabled={!wingOk}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          question={t('conn.disconnect.confirm', { name })}
          confirmLabel={t('conn.disconnect.yes')}
          confirmTestId="disconnect-confirm"
          onConfirm={disconnect}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {actionError ? <ErrorText error={actionError} /> : null}
    </li>
  );
}
