import '@/assets/ui.css';
import './sidepanel.css';
import { render } from 'preact';
import { ConsentNotice } from '@/components/consent-notice';
import { PageRoot } from '@/components/page-root';
import { SidePanelAreas } from './shell/areas';

render(
  <PageRoot>
    {() => (
      <>
        <ConsentNotice />
        <SidePanelAreas />
      </>
    )}
  </PageRoot>,
  document.getElementById('app')!,
);
