import '@/assets/ui.css';
import './sidepanel.css';
import { render } from 'preact';
import { ConsentNotice } from '@/components/consent-notice';
import { PageRoot } from '@/components/page-root';
import { SidePanelApp } from './shell/app';

render(
  <PageRoot>
    {() => (
      <>
        <ConsentNotice />
        <SidePanelApp />
      </>
    )}
  </PageRoot>,
  document.getElementById('app')!,
);
