import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { EventsProvider, useEvent } from './events';
import { I18nProvider } from './i18n';
import { ResetOnWipe } from './reset-on-wipe';

type Children = (settings: Settings | undefined) => ComponentChildren;

/**
 * Root of every extension page (popup, side panel, options): opens the page's one event port,
 * loads settings once, keeps them current through background events, provides translations, and
 * starts every view over when all data is deleted.
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
  return (
    <I18nProvider language={settings?.language}>
      <ResetOnWipe>{props.children(settings)}</ResetOnWipe>
    </I18nProvider>
  );
}
