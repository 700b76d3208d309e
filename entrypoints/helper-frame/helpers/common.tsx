import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { mark } from '@/utils/page-helpers/timing';
import { MessageError, send } from '@/utils/protocol/client';
import type { SidePanelView } from '@/utils/protocol/messages/ui';
import { useT } from '../i18n';

/**
 * What every helper renderer gets: the ids its page's URL names (nothing else of the page), as the
 * content script put them in the frame's URL. They only pick what to ask: the background answers
 * only about the ids in the tab's own URL.
 */
export interface HelperProps {
  ids: Record<string, string>;
}

export type HelperRenderer = FunctionComponent<HelperProps>;

/**
 * Opens the side panel at a view. Call it straight from a trusted click: the background opens the
 * panel synchronously in that gesture, and the action itself is confirmed there, not here.
 */
export function openSidePanel(view: SidePanelView): void {
  void send('ui.openSidePanel', { view }).catch(() => undefined);
}

export function openOptions(): void {
  void send('helper.openOptions', {}).catch(() => undefined);
}

export interface Loaded<T> {
  loading: boolean;
  value?: T;
  error?: MessageError;
  reload(): void;
}

/** Loads a view model from the background once per mount (and again on retry). */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ loading: boolean; value?: T; error?: MessageError }>({ loading: true });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => {
        if (!live) return;
        setState({ loading: false, value });
        mark('data');
      },
      (e: unknown) =>
        live &&
        setState({
          loading: false,
          error: e instanceof MessageError ? e : new MessageError({ code: 'handler_error', message: String(e) }),
        }),
    );
    return () => {
      live = false;
    };
  }, [nonce]);
  return { ...state, reload: () => setNonce((n) => n + 1) };
}

/** Not connected, no consent, not cached, or another failure: a short message and the way out. */
export function HelperNotice(props: { error: MessageError; marketplace: 'alibaba' | 'coupang'; onRetry?(): void }) {
  const { t } = useT();
  const e = props.error;
  let text: string;
  let action: 'options' | 'sidepanel' | 'retry' = 'retry';
  if (e.code === 'consent_required') {
    text = t('helper.error.consent');
    action = 'options';
  } else if (e.code === 'not_connected') {
    text = t(
      props.marketplace === 'alibaba' ? 'helper.error.notConnected.alibaba' : 'helper.error.notConnected.coupang',
    );
    action = 'options';
  } else if (e.kind === 'orderNotCached') {
    text = t('helper.error.orderNotCached');
    action = 'sidepanel';
  } else {
    text = t('helper.error.generic', { message: e.message });
  }
  return (
    <div class="cd-notice" data-testid="helper-notice" data-code={e.code} data-kind={e.kind ?? ''}>
      <p>{text}</p>
      {action === 'options' && (
        <button type="button" data-testid="helper-open-options" onClick={() => openOptions()}>
          {t('helper.openOptions')}
        </button>
      )}
      {action === 'sidepanel' && (
        <button type="button" data-testid="helper-open-sidepanel" onClick={() => openSidePanel({ tab: 'all' })}>
          {t('helper.openSidePanel')}
        </button>
      )}
      {action === 'retry' && props.onRetry && (
        <button type="button" onClick={() => props.onRetry?.()}>
          {t('helper.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useT();
  return (
    <p class="cd-muted" data-testid="helper-loading">
      {t('helper.loading')}
    </p>
  );
}
