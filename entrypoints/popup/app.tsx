import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConsentNotice } from '@/components/consent-notice';
import { DeleteAllButton } from '@/components/delete-all-button';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { openSidePanelAt } from '@/components/use-side-panel-view';
import { buildConfig } from '@/utils/config/build-config';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import { AccountCard, type CountTab } from './account-card';
import { AcknowledgeAll } from './ack-all';
import { useSummary } from './use-summary';

/** The popup is also opened as a tab (tests, "open in tab"): only the real popup closes itself. */
function closeIfPopup() {
  try {
    if (browser.extension.getViews({ type: 'popup' }).includes(window)) window.close();
  } catch {
    // Not available: stay open.
  }
}

function openOptionsAt(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) }).then(closeIfPopup);
}

function Shortcuts() {
  const { t } = useI18n();
  const [commands, setCommands] = useState<Array<{ name?: string; shortcut?: string }>>([]);
  useEffect(() => {
    browser.commands.getAll().then(setCommands, () => undefined);
  }, []);
  if (commands.length === 0) return null;
  return (
    <details class="shortcuts" data-testid="shortcuts">
      <summary>{t('popup.shortcuts')}</summary>
      <dl>
        {commands.map((c) => (
          <div key={c.name} class="row">
            <dt>{t(`popup.shortcut.${c.name}` as MessageKey)}</dt>
            <dd>
              <kbd>{c.shortcut || t('popup.shortcut.unset')}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Support() {
  const { t } = useI18n();
  const { email, wangwang } = buildConfig.support;
  return (
    <section aria-labelledby="popup-support-h" data-testid="popup-support">
      <h2 id="popup-support-h">{t('popup.support')}</h2>
      <dl class="support">
        <dt>{t('options.support.email')}</dt>
        <dd>
          <a href={`mailto:${email}`} data-testid="popup-support-email">
            {email}
          </a>
        </dd>
        <dt>{t('options.support.wangwang')}</dt>
        <dd data-testid="popup-support-wangwang">{wangwang}</dd>
      </dl>
    </section>
  );
}

export function PopupApp() {
  const { t } = useI18n();
  const now = useNow(30_000);
  const { summary, error, reload } = useSummary();
  // sidePanel.open needs the click's gesture: know the window before any click.
  const [windowId, setWindowId] = useState<number>();
  const [syncNote, setSyncNote] = useState<{ ok: boolean; error?: unknown }>();
  useEffect(() => {
    browser.windows.getCurrent().then(
      (w) => setWindowId(w.id),
      () => undefined,
    );
  }, []);

  const openAt = (tab: CountTab | 'inquiries', accountKey: string) => {
    // Synchronous in the click: the background opens the panel inside this gesture.
    const view = tab === 'inquiries' ? { area: tab, accountKey } : { tab, accountKey };
    openSidePanelAt(view, windowId).then(closeIfPopup, () => undefined);
  };
  const openPanel = () => {
    if (windowId === undefined) return;
    browser.sidePanel.open({ windowId }).then(closeIfPopup, () => undefined);
  };
  const syncNow = async () => {
    setSyncNote(undefined);
    try {
      await send('orders.sync', {});
      setSyncNote({ ok: true });
      void reload();
    } catch (e) {
      setSyncNote({ ok: false, error: e });
    }
  };

  const accounts = summary?.accounts ?? [];
  const consent = summary?.consent ?? false;
  const newToAck = accounts.filter((a) => a.canAcknowledge).reduce((n, a) => n + (a.counts.new ?? 0), 0);
  const syncing = accounts.some((a) => a.state === 'syncing');

  return (
    <div class="popup" data-testid="popup-ready" data-loaded={String(summary !== undefined)}>
      <header class="popup-head">
        <h1>{t('popup.title')}</h1>
        {summary && accounts.length > 0 ? (
          <span
            class={`needs needs-${summary.badge.urgency}`}
            data-testid="popup-needs"
            data-count={summary.badge.count}
            data-urgency={summary.badge.urgency}
          >
            {summary.badge.count > 0 ? t('popup.needsYou', { count: summary.badge.count }) : t('popup.nothingNeeded')}
          </span>
        ) : null}
      </header>
      <ConsentNotice />
      {error ? <ErrorText error={error} testid="popup-error" /> : null}

      {summary && consent && accounts.length === 0 ? (
        <div class="card" data-testid="popup-no-account">
          <p>{t('popup.firstRun.noAccount')}</p>
          <button
            type="button"
            class="primary"
            data-testid="popup-connect"
            onClick={() => openOptionsAt('connections')}
          >
            {t('popup.firstRun.connect')}
          </button>
        </div>
      ) : null}

      {accounts.length > 0 ? (
        <section class="accounts" aria-label={t('popup.accounts')}>
          {accounts.map((a) => (
            <AccountCard
              key={a.accountKey}
              account={a}
              now={now}
              onOpen={openAt}
              onReconnect={() => openOptionsAt('connections')}
            />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="popup-actions-h" class="actions">
        <h2 id="popup-actions-h" class="sr-only">
          {t('popup.actions')}
        </h2>
        {accounts.length > 0 ? (
          <>
            <div class="row">
              <button
                type="button"
                class="primary"
                data-testid="sync-now"
                disabled={!consent || syncing}
                onClick={() => void syncNow()}
              >
                {syncing ? t('popup.state.syncing') : t('popup.syncNow')}
              </button>
              {syncNote?.ok ? (
                <span class="ok small" role="status" data-testid="sync-started">
                  {t('popup.syncStarted')}
                </span>
              ) : null}
            </div>
            {syncNote?.error ? <ErrorText error={syncNote.error} testid="sync-error" /> : null}
            <AcknowledgeAll newCount={newToAck} disabled={!consent} />
          </>
        ) : null}
        <div class="row">
          <button type="button" data-testid="open-sidepanel" disabled={windowId === undefined} onClick={openPanel}>
            {t('popup.openSidePanel')}
          </button>
          <button
            type="button"
            data-testid="open-options"
            onClick={() => void browser.runtime.openOptionsPage().then(closeIfPopup)}
          >
            {t('popup.settings')}
          </button>
        </div>
      </section>

      <section aria-labelledby="popup-data-h">
        <h2 id="popup-data-h">{t('popup.dataSection')}</h2>
        <DeleteAllButton onDone={() => void reload()} />
      </section>
      <Support />
      <Shortcuts />
    </div>
  );
}
