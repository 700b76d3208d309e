import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { EventsProvider, useEvent } from './events';
import { I18nProvider } from './i18n';

type Children = (settings: Settings | undefined) => ComponentChildren;

/**
 * Root of every extension page (popup, side panel, options): opens the page's one event port,
 * loads settings once, keeps them current through background events, and provides translations.
 */
export function PageRoot(props: { children: Children }) {
  return (
    <EventsProvider>
      <SettingsRoot>{props.children}</SettingsRoot>
    </EventsProvider>
  );
}

function SettingsRoot(props: { children: Children }) {
  const [settings, setSettings] = useState<Settings>();
  const load = () => send('settings.get', {}).then(setSettings, () => undefined);
  useEffect(() => void load(), []);
  useEvent(['settings.changed', 'data.wiped'], () => void load());
  return <I18nProvider language={settings?.language}>{props.children(settings)}</I18nProvider>;
}
