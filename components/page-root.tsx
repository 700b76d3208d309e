import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { EventsProvider, useEvent } from './events';
import { I18nProvider } from './i18n';
import type { FirstSettings } from './page-start';
import { ResetOnWipe } from './reset-on-wipe';

type Children = (settings: Settings | undefined) => ComponentChildren;

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
  const read = useRef(false);
  // An equal answer keeps the object the page already renders with: nothing re-renders.
  const apply = (s: Settings) => setSettings((old) => (old && JSON.stringify(old) === JSON.stringify(s) ? old : s));
  const load = () =>
    send('settings.get', {}).then(
      (s) => {
        read.current = true;
        apply(s);
      },
      () => undefined,
    );
  useEffect(() => {
    // The early answer, if it comes before this page's own read (it may be older than that read).
    props.first?.reply.then(
      (s) => read.current || apply(s),
      () => undefined,
    );
    // Read again now that the events port is open: a change made while the page loaded, before it
    // could hear `settings.changed`, is not missed.
    void load();
  }, []);
  useEvent(['settings.changed', 'data.wiped'], () => void load());
  return (
    <I18nProvider language={settings?.language}>
      <ResetOnWipe>{props.children(settings)}</ResetOnWipe>
    </I18nProvider>
  );
}
