import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { Settings } from '@/utils/settings/schema';
import { I18nProvider } from './i18n';

/**
 * Root of every extension page (popup, side panel, options): loads settings once, keeps them
 * current through background events, and provides translations.
 */
export function PageRoot(props: { children: (settings: Settings | undefined) => ComponentChildren }) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const load = () => send('settings.get', {}).then(setSettings, () => undefined);
    load();
    return subscribeEvents((e) => {
      if (e.type === 'settings.changed' || e.type === 'data.wiped') load();
    });
  }, []);
  return <I18nProvider language={settings?.language}>{props.children(settings)}</I18nProvider>;
}
