import { render } from 'preact';
import { ConsentNotice } from '@/components/consent-notice';
import { PageRoot } from '@/components/page-root';
import type { Settings } from '@/utils/settings/schema';
import { SidePanelAreas } from './shell/areas';

/** Renders the side panel, starting from the settings its first script already asked for. */
export function mount(host: HTMLElement, settings: { reply: Promise<Settings>; settled?: Settings }): void {
  render(
    <PageRoot first={settings}>
      {() => (
        <>
          <ConsentNotice />
          <SidePanelAreas />
        </>
      )}
    </PageRoot>,
    host,
  );
}
