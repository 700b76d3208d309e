import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { EventsProvider, useEvent } from './events';
import { I18nProvider } from './i18n';
import { ResetOnWipe } from './reset-on-wipe';

type Children = (settings: Settings | undefined) => ComponentChildren;

/** Settings a page asked for before its main code loaded: the answer, and the value once in. */
export interface FirstSettings {
  reply: Promise<Settings>;
  settled?: Settings;
}

/**
 * Root of every extension page (popup, side panel, options): opens the page's one event port,
 * loads settings once, keeps them current through background events, provides translations, and
 * starts every view over when all data is deleted.
 */
export function PageRoot(props: { children: Children; first?: FirstSettings }) {
  return (
    <EventsProvider>
      <SettingsRoot first={props.first}>{props.children}</SettingsRoot>
    </EventsProvider>
  );
}

function SettingsRoot(props: { children: Children; first?: FirstSettings }) {
  // Settings already in render the first frame in the seller's language (no re-render of the page).
  const [settings, setSettings] = useState<Settings | undefined>(props.first?.settled);
  const load = () => send('settings.get', {}).then(setSettings, () => undefined);
  useEffect(() => {
    const first = props.first;
    if (first?.settled) return;
    void (first ? first.reply.then(setSettings, load) : load());
  }, []);
  useEvent(['settings.changed', 'data.wiped'], () => void load());
  return (
    <I18nProvider language={settings?.language}>
      <ResetOnWipe>{props.children(settings)}</ResetOnWipe>
    </I18nProvider>
  );
}
