import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { buildConfig } from '@/utils/config/build-config';
import { send } from '@/utils/protocol/client';

type Mode = 'ownApp' | 'relay';

/**
 * The relay origin must be reachable from the background. The sandbox build's host permission
 * covers a local relay; otherwise ask now, inside the click (permissions need a user gesture).
 */
export async function ensureRelayPermission(relayUrl: string): Promise<boolean> {
  let origin: string;
  try {
    origin = `${new URL(relayUrl).origin}/*`;
  } catch {
    return true; // the background explains a malformed URL
  }
  if (await browser.permissions.contains({ origins: [origin] })) return true;
  try {
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}

/** Own app (AppKey + AppSecret) or signing relay (URL + AppKey + pairing code), then 1688 OAuth. */
export function AlibabaConnectForm(props: { onConnected: () => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('ownApp');
  const [appKey, setAppKey] = useState('');
  const [appSecret, setAppSecret] = useState('');
  const [relayUrl, setRelayUrl] = useState(buildConfig.relayBaseUrl);
  const [pairingCode, setPairingCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [connected, setConnected] = useState<string>();

  const valid =
    /^\w{3,40}$/.test(appKey.trim()) &&
    (mode === 'ownApp' ? appSecret.trim().length >= 6 : relayUrl.trim() !== '' && pairingCode.trim().length >= 4);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!valid || busy) return;
    setError(undefined);
    setConnected(undefined);
    setBusy(true);
    try {
      if (mode === 'relay' && !(await ensureRelayPermission(relayUrl.trim()))) {
        let origin = relayUrl;
        try {
          origin = new URL(relayUrl).origin;
        } catch {}
        setError({ kind: 'alibaba.relayPermissionMissing', message: t('alibaba.permissionDenied', { origin }) });
        return;
      }
      const reply =
        mode === 'ownApp'
          ? await send('connections.connectAlibaba', { mode, appKey: appKey.trim(), appSecret: appSecret.trim() })
          : await send('connections.connectAlibaba', {
              mode,
              appKey: appKey.trim(),
              relayUrl: relayUrl.trim(),
              pairingCode: pairingCode.trim(),
            });
      setConnected(reply.account.label || reply.account.accountId);
      setAppKey('');
      props.onConnected();
    } catch (err) {
      setError(err);
    } finally {
      // Secrets never stay in the page longer than needed.
      setAppSecret('');
      setPairingCode('');
      setBusy(false);
    }
  };

  return (
    <form class="card ali-form" data-testid="alibaba-connect-form" onSubmit={submit} noValidate>
      <details class="ali-modes">
        <summary>{t('alibaba.modes.summary')}</summary>
        <p>{t('alibaba.modes.ownApp')}</p>
        <p>{t('alibaba.modes.relay')}</p>
        <p class="muted">{t('alibaba.modes.why')}</p>
      </details>
      <div class="ali-mode-pick" role="radiogroup">
        {(['ownApp', 'relay'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="alibaba-mode"
              value={m}
              data-testid={`alibaba-mode-${m}`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {t(`alibaba.mode.${m}`)}
          </label>
        ))}
      </div>
      <div class="ali-grid">
        {mode === 'relay' ? (
          <>
            <label for="ali-relay-url">{t('alibaba.field.relayUrl')}</label>
            <span>
              <input
                id="ali-relay-url"
                data-testid="alibaba-relay-url"
                type="url"
                value={relayUrl}
                onInput={(e) => setRelayUrl(e.currentTarget.value)}
                autocomplete="off"
              />
              <span class="hint muted">{t('alibaba.field.relayUrlHint')}</span>
            </span>
          </>
        ) : null}
        <label for="ali-app-key">{t('alibaba.field.appKey')}</label>
        <input
          id="ali-app-key"
          data-testid="alibaba-app-key"
          value={appKey}
          onInput={(e) => setAppKey(e.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
        />
        {mode === 'ownApp' ? (
          <>
            <label for="ali-app-secret">{t('alibaba.field.appSecret')}</label>
            <span>
              <input
                id="ali-app-secret"
                data-testid="alibaba-app-secret"
                type="password"
                value={appSecret}
                onInput={(e) => setAppSecret(e.currentTarget.value)}
                autocomplete="off"
              />
              <span class="hint muted">{t('alibaba.field.appSecretHint')}</span>
            </span>
          </>
        ) : (
          <>
            <label for="ali-pairing">{t('alibaba.field.pairingCode')}</label>
            <span>
              <input
                id="ali-pairing"
                data-testid="alibaba-pairing-code"
                type="password"
                value={pairingCode}
                onInput={(e) => setPairingCode(e.currentTarget.value)}
                autocomplete="off"
              />
              <span class="hint muted">{t('alibaba.field.pairingCodeHint')}</span>
            </span>
          </>
        )}
      </div>
      <div class="row">
        <button type="submit" class="primary" data-testid="alibaba-connect" disabled={!valid || busy}>
          {t('alibaba.connect')}
        </button>
        {busy ? (
          <span class="muted" data-testid="alibaba-connecting">
            {t('alibaba.connecting')}
          </span>
        ) : null}
      </div>
      {connected ? (
        <p class="ok" data-testid="alibaba-connected">
          {t('alibaba.connected', { name: connected })}
        </p>
      ) : null}
      <ErrorText error={error} testid="alibaba-connect-error" />
    </form>
  );
}
